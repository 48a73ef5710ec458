import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import { ProbeElement } from '../support/probe-element.js';

function text(element: ProbeElement): string {
  return element.shadowRoot!.querySelector('p')!.textContent!;
}

describe('what every widget inherits from the core', () => {
  let pageStyle: HTMLStyleElement;
  beforeEach(() => {
    resetConfiguration();
    pageStyle = document.createElement('style');
    document.head.append(pageStyle);
  });
  afterEach(() => {
    pageStyle.remove();
    document.documentElement.lang = '';
    document.querySelectorAll('script[data-test-script]').forEach((script) => script.remove());
  });

  describe('language', () => {
    it('speaks German by default', async () => {
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      expect(text(element)).to.equal('Erneut versuchen');
    });

    it('speaks English on an English host page', async () => {
      document.documentElement.lang = 'en-GB';
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      expect(text(element)).to.equal('Try again');
    });

    it('lets lang on the element win over the page', async () => {
      document.documentElement.lang = 'en';
      const element = await fixture<ProbeElement>(html`<wr-test-probe lang="de"></wr-test-probe>`);
      expect(text(element)).to.equal('Erneut versuchen');
    });

    it('follows the nearest ancestor with lang, then data-lang on the script, then <html lang>', async () => {
      document.documentElement.lang = 'de';
      const script = Object.assign(document.createElement('script'), { src: '/dist/wr-widgets.js', type: 'text/plain' });
      script.dataset.lang = 'en';
      script.dataset.testScript = '';
      document.head.append(script);
      const fromScript = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      expect(text(fromScript)).to.equal('Try again');
      const section = await fixture(html`<section lang="de"><wr-test-probe></wr-test-probe></section>`);
      expect(text(section.querySelector('wr-test-probe')!)).to.equal('Erneut versuchen');
    });

    it('falls back to German for a language it does not speak', async () => {
      document.documentElement.lang = 'pl';
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      expect(text(element)).to.equal('Erneut versuchen');
    });

    it('re-renders when the page changes its language', async () => {
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(text(element)).to.equal('Try again');
    });
  });

  describe('theme', () => {
    it('takes --wr-color-primary and --wr-font-family from the host page root', async () => {
      pageStyle.textContent = ':root { --wr-color-primary: rgb(120, 20, 30); --wr-font-family: Georgia, serif; }';
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      const paragraph = getComputedStyle(element.shadowRoot!.querySelector('p')!);
      expect(paragraph.color).to.equal('rgb(120, 20, 30)');
      expect(paragraph.fontFamily).to.equal('Georgia, serif');
    });

    it('uses the host font family unless a token is set, and keeps other host text styles out', async () => {
      const wrapper = await fixture(html`
        <div style="font-family: 'Courier New', monospace; text-transform: uppercase; letter-spacing: 4px; line-height: 3; text-align: center; white-space: pre; font-style: italic">
          <wr-test-probe></wr-test-probe>
        </div>
      `);
      const paragraph = getComputedStyle(wrapper.querySelector('wr-test-probe')!.shadowRoot!.querySelector('p')!);
      expect(paragraph.fontFamily).to.equal('"Courier New", monospace');
      expect(paragraph.textTransform).to.equal('none');
      expect(paragraph.letterSpacing).to.equal('normal');
      expect(paragraph.lineHeight).to.equal('24px');
      expect(paragraph.textAlign).to.equal('start');
      expect(paragraph.whiteSpace).to.equal('normal');
      expect(paragraph.fontStyle).to.equal('normal');
    });

    it('takes the width it is given in a flex row of the host page instead of collapsing', async () => {
      const row = await fixture(html`<div style="display: flex; width: 500px"><wr-test-probe></wr-test-probe></div>`);
      expect(row.querySelector('wr-test-probe')!.getBoundingClientRect().width).to.equal(500);
    });

    it('does not follow the host root font size', async () => {
      pageStyle.textContent = 'html { font-size: 62.5%; }';
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).fontSize).to.equal('16px');
    });
  });

  describe('API base', () => {
    it('prefers the api attribute, resolving a relative one against the page', async () => {
      configure({ api: 'https://configured.example/v1' });
      const element = await fixture<ProbeElement>(html`<wr-test-probe api="/api/v1/"></wr-test-probe>`);
      expect(element.resolvedApi).to.equal(`${location.origin}/api/v1`);
    });

    it('takes data-api of the script tag before configure()', async () => {
      configure({ api: 'https://configured.example/v1' });
      const script = Object.assign(document.createElement('script'), { src: 'https://cdn.example/wr/1.0.0/wr-widgets.js', type: 'text/plain' });
      script.dataset.api = 'https://script.example/v1';
      script.dataset.testScript = '';
      document.head.append(script);
      const element = await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`);
      expect(element.resolvedApi).to.equal('https://script.example/v1');
    });

    it('falls back to configure() and is undefined when nothing is set or the URL is not http(s)', async () => {
      configure({ api: 'https://configured.example/v1' });
      expect((await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`)).resolvedApi).to.equal('https://configured.example/v1');
      resetConfiguration();
      expect((await fixture<ProbeElement>(html`<wr-test-probe></wr-test-probe>`)).resolvedApi).to.equal(undefined);
      expect((await fixture<ProbeElement>(html`<wr-test-probe api="javascript:alert(1)"></wr-test-probe>`)).resolvedApi).to.equal(undefined);
    });
  });
});
