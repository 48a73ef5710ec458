import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM, also on first render. Lit's `styleMap` writes a `style` attribute the
 * first time, which a Content-Security-Policy without `'unsafe-inline'` in `style-src` blocks; CSSOM writes are
 * always allowed. Use it as an element binding: `<div ${styleProperties({ left: '4px', '--_h': '300px' })}>`.
 */
class StyleProperties extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() is an element binding');
  }

  render(_properties: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string | undefined>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
