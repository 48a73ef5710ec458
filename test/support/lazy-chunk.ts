/** A module for test/core/lazy-import.test.ts to load lazily; no other file imports it. */
export const loaded = 'the lazy chunk';
