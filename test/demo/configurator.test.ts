import { expect, fixture } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { buildSnippet, escapeHtml, initConfigurator } from '../../demo/configurator.js';
import { API, useMockApi, worker } from '../support/mock-api.js';

/** The configurator's markup as the demo page has it, so the test sees the page's real labels and names. */
async function pageMarkup(): Promise<string> {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/configurator.html')).text(), 'text/html');
  const root = page.getElementById('konfigurator');
  if (!root) throw new Error('demo/configurator.html has no #konfigurator');
  return root.outerHTML;
}

const choices = {
  widget: 'contact-form',
  partner: 'kamenz',
  lang: 'de' as const,
  primary: '#a01c2c',
  text: '#222222',
  surface: '#ffffff',
  radius: '0px',
  server: 'https://region.example/',
  version: '0.1.0',
  privacyUrl: '/datenschutz',
};

describe('snippet configurator', () => {
  it('writes the loader, the chosen tokens and the element', () => {
    expect(buildSnippet(choices)).to.equal(
      [
        '<script type="module" src="https://region.example/widgets/0.1.0/wr-loader.js" data-api="https://region.example/v1"></script>',
        '',
        '<style>',
        '  wr-contact-form {',
        '    --wr-color-primary: #a01c2c;',
        '    --wr-color-text: #222222;',
        '    --wr-color-surface: #ffffff;',
        '    --wr-radius: 0px;',
        '  }',
        '</style>',
        '',
        '<wr-contact-form partner="kamenz" privacy-url="/datenschutz"></wr-contact-form>',
      ].join('\n'),
    );
  });

  it('escapes what the webmaster typed and lets only colours and lengths into the style', () => {
    const snippet = buildSnippet({ ...choices, widget: 'job-list', lang: 'en', privacyUrl: '/x"><script>', server: 'https://a.example/?q="<b>"&x', primary: 'red;}</style><script>alert(1)</script>', radius: '1em' });
    expect(snippet).to.contain('src="https://a.example/?q=&quot;&lt;b&gt;&quot;&amp;x/widgets/0.1.0/wr-loader.js"');
    expect(snippet).to.contain('<wr-job-list partner="kamenz" lang="en"></wr-job-list>');
    expect(snippet).not.to.contain('privacy-url');
    expect(snippet).to.contain('--wr-color-primary: #0b5394;');
    expect(snippet).to.contain('--wr-radius: 6px;');
    expect(snippet.match(/<script/g)).to.have.length(1);
    expect(escapeHtml(`a&b<c>"d'`)).to.equal('a&amp;b&lt;c&gt;&quot;d&#39;');
  });

  describe('on the page', () => {
    beforeEach(async () => {
      await useMockApi();
      worker.use(
        http.get(`${API}/partners`, () =>
          HttpResponse.json({
            items: [
              { id: 'radeberg', name: 'Radeberg', kind: 'town' },
              { id: 'kamenz', name: 'Kamenz', kind: 'town' },
            ],
          }),
        ),
      );
    });

    it('offers the towns from the API, keeps preview and snippet in step with the choices, and is accessible', async () => {
      const root = await fixture<HTMLElement>(await pageMarkup());
      const { partnersLoaded } = initConfigurator(root, { api: API, ready: Promise.resolve(), version: '0.1.0' });
      await partnersLoaded;
      const form = root.querySelector('form')!;
      const partner = form.elements.namedItem('partner') as HTMLSelectElement;
      expect([...partner.options].map((option) => option.textContent)).to.deep.equal(['Ganze Region (kein fester Ort)', 'Kamenz', 'Radeberg']);

      const preview = root.querySelector('[data-preview]')!;
      expect(preview.firstElementChild!.localName).to.equal('wr-job-list');

      (form.querySelector('input[value="contact-form"]') as HTMLInputElement).click();
      partner.value = 'kamenz';
      (form.elements.namedItem('privacy-url') as HTMLInputElement).value = '/datenschutz?a=1&b=2';
      (form.elements.namedItem('primary') as HTMLInputElement).value = '#a01c2c';
      form.dispatchEvent(new Event('change', { bubbles: true }));

      const shown = preview.firstElementChild as HTMLElement;
      expect(shown.localName).to.equal('wr-contact-form');
      expect(shown.getAttribute('partner')).to.equal('kamenz');
      expect(shown.getAttribute('privacy-url')).to.equal('/datenschutz?a=1&b=2');
      expect(shown.style.getPropertyValue('--wr-color-primary')).to.equal('#a01c2c');
      expect((root.querySelector('[data-privacy-row]') as HTMLElement).hidden).to.equal(false);

      const code = root.querySelector('[data-snippet]')!;
      expect(code.textContent).to.contain('<wr-contact-form partner="kamenz" privacy-url="/datenschutz?a=1&amp;b=2"></wr-contact-form>');
      expect(code.innerHTML).to.contain('&lt;wr-contact-form partner="kamenz"');
      expect(code.children).to.have.length(0);

      await expect(root).to.be.accessible();
    });

    it('copies the snippet and says so in a live status', async () => {
      const root = await fixture<HTMLElement>(await pageMarkup());
      const { partnersLoaded } = initConfigurator(root, { api: API, ready: Promise.resolve(), version: '0.1.0' });
      await partnersLoaded;
      let copied = '';
      const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (text: string) => void (copied = text) });
      try {
        (root.querySelector('[data-copy]') as HTMLButtonElement).click();
        await new Promise((resolve) => setTimeout(resolve));
      } finally {
        delete (clipboard as Partial<typeof clipboard>).writeText;
      }
      expect(copied).to.equal(root.querySelector('[data-snippet]')!.textContent);
      const status = root.querySelector('[data-copy-status]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Kopiert');
    });

    it('still offers the whole region when the towns cannot be loaded', async () => {
      worker.use(http.get(`${API}/partners`, () => new HttpResponse(null, { status: 500 })));
      const root = await fixture<HTMLElement>(await pageMarkup());
      const { partnersLoaded } = initConfigurator(root, { api: API, ready: Promise.resolve(), version: '0.1.0' });
      await partnersLoaded;
      expect((root.querySelector('form')!.elements.namedItem('partner') as HTMLSelectElement).options).to.have.length(1);
      expect(root.querySelector('[data-partner-status]')!.textContent).to.contain('nicht geladen');
    });
  });
});
