/**
 * Keeps the manifest to the public contract the JSDoc states. The analyzer reads Lit's `static properties`
 * without telling internal `state: true` fields from attributes, and guesses events from `dispatchEvent` calls;
 * the documented `@fires` entries are the events, private fields are no attributes. Modules are sorted, so the
 * manifest is the same on every machine.
 */
function publicContractOnly() {
  return {
    name: 'wr-public-contract-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the file system's order, which differs between machines.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('wr-'));
        }
      }
    },
  };
}

/** The manifest is generated from the classes' JSDoc; `npm run manifest` writes it, `npm test` checks it is fresh. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/admin/**', 'src/**/*.styles.ts', 'src/core/styles.ts'],
  outdir: '.',
  litelement: true,
  // The manifest's path in package.json is fixed; the freshness check writes elsewhere and must not move it.
  packagejson: false,
  plugins: [publicContractOnly()],
};
