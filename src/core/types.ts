// The contract's types, from the shared domain. Imported by path, not by package name, so the npm package's
// lib/ carries them along and its declarations resolve for an application.
export * from '../../domain/src/contract/types.js';
