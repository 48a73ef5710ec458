/** The manifest is generated from the classes' JSDoc; `npm run manifest` writes it, `npm test` checks it is fresh. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/**/*.styles.ts', 'src/core/api-types.ts'],
  outdir: '.',
  litelement: true,
  // The manifest's path in package.json is fixed; the freshness check writes elsewhere and must not move it.
  packagejson: false,
};
