import { html, css } from 'lit';
import { WrElement } from '../../src/core/wr-element.js';
import { defineElement } from '../../src/core/define.js';

/** A minimal widget on the core, to test what every widget inherits: language, tokens, API base. */
export class ProbeElement extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      p {
        color: var(--_color-primary);
      }
    `,
  ];

  /** The API base as the element resolves it, for the tests. */
  get resolvedApi(): string | undefined {
    return this.apiBase;
  }

  override render() {
    return html`<p part="text">${this.locale.t.retry}</p>`;
  }
}
defineElement('wr-test-probe', ProbeElement);
