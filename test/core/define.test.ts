import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';

describe('defineElement', () => {
  it('defines a tag once and ignores a second definition, warning when the release differs', () => {
    class First extends HTMLElement {
      static version = '1.0.0';
    }
    class Second extends HTMLElement {
      static version = '2.0.0';
    }
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('wr-test-twice', First);
      defineElement('wr-test-twice', First);
      expect(warnings).to.have.length(0);
      defineElement('wr-test-twice', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('wr-test-twice')).to.equal(First);
    expect(String(warnings[0]?.[0])).to.contain('1.0.0');
  });
});
