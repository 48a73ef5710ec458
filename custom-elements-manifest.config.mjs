/** The manifest is generated from the classes' JSDoc; `npm run manifest` writes it, `npm test` checks it is fresh. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/**/*.styles.ts', 'src/core/api-types.ts'],
  outdir: '.',
  litelement: true,
};
