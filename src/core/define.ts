import { VERSION } from './version.js';

/** A custom element class that says which release of the widgets defined it. */
interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a tag unless it is already defined. A CMS page may include our script twice (template plus content
 * block) or two releases at once: the first definition wins, a second one of another release only warns.
 */
export function defineElement(tag: string, element: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== element && existing.version !== element.version) {
      console.warn(`<${tag}>: release ${existing.version ?? 'unknown'} is already defined on this page; release ${element.version ?? VERSION} is not used.`);
    }
    return;
  }
  registry.define(tag, element);
}
