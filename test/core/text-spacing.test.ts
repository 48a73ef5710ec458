import { expect } from '@open-wc/testing';
import { allWidgetsIn } from '../support/all-widgets.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

/**
 * WCAG 1.4.12 (text spacing): the visitor's own spacing, as the usual bookmarklet sets it, loses no text. A
 * visitor's style sheet on the page does not reach into a shadow root, so it goes into each one.
 */
const textSpacing = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

function spaceOut(host: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(textSpacing);
  const visit = (root: ShadowRoot) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(host.shadowRoot!);
}

function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  return `${element.localName}${part ? `[part=${part}]` : element.classList.length ? `.${[...element.classList].join('.')}` : ''} “${element.textContent!.trim().slice(0, 24)}”`;
}

const clips = (value: string) => value === 'hidden' || value === 'clip';

/**
 * Text cut off: an element with text that hides its overflow and whose content is taller or wider than its box.
 * A clamp to a number of lines cuts off on purpose (the whole text is elsewhere); it must still show whole lines.
 */
function clippedText(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (!element.textContent!.trim()) continue;
    const style = getComputedStyle(element);
    if (!clips(style.overflowX) && !clips(style.overflowY)) continue;
    // Text for screen readers only, and the honeypot: 1 px boxes that clip on purpose.
    if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
    const clamp = style.getPropertyValue('-webkit-line-clamp');
    if (clamp !== 'none' && clamp !== '') {
      const lines = element.clientHeight / parseFloat(style.lineHeight);
      if (Math.abs(lines - Math.round(lines)) > 0.05) found.push(`${nameOf(element)} shows ${lines.toFixed(2)} lines`);
      continue;
    }
    if (element.scrollHeight > element.clientHeight + 1) found.push(`${nameOf(element)} cut off below: ${element.scrollHeight} > ${element.clientHeight}`);
    if (element.scrollWidth > element.clientWidth + 1) found.push(`${nameOf(element)} cut off sideways: ${element.scrollWidth} > ${element.clientWidth}`);
  }
  return found;
}

/** Elements of the widget that stick out of its box to the right, and the widget itself when it scrolls sideways. */
function overflowing(host: HTMLElement): string[] {
  const found: string[] = [];
  if (host.scrollWidth > host.clientWidth + 1) found.push(`scrollWidth ${host.scrollWidth} > ${host.clientWidth}`);
  const { left, right } = host.getBoundingClientRect();
  for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    // The modal dialog lies in the top layer, over the page, not in the widget's box.
    if (element.closest('dialog[open]')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= left) continue;
    if (box.right > right + 1) found.push(`${nameOf(element)} ends ${Math.round(box.right - right)} px beyond`);
  }
  return found;
}

/** The map's labels that leave the map or cover one another, hiding names the layout placed beside their towns. */
function crowdedLabels(host: HTMLElement): string[] {
  const map = host.shadowRoot!.querySelector('[part=map]');
  if (!map) return [];
  const bounds = map.getBoundingClientRect();
  const labels = [...map.querySelectorAll('[part=label]')].map((label) => ({ name: label.textContent!.trim(), box: label.getBoundingClientRect() }));
  const found: string[] = [];
  for (const [index, { name, box }] of labels.entries()) {
    if (box.left < bounds.left - 1 || box.top < bounds.top - 1 || box.right > bounds.right + 1 || box.bottom > bounds.bottom + 1) found.push(`the label “${name}” leaves the map`);
    for (const other of labels.slice(index + 1)) {
      const across = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left);
      const down = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top);
      if (across > 1 && down > 1) found.push(`the labels “${name}” and “${other.name}” overlap`);
    }
  }
  return found;
}

function problems(hosts: [string, HTMLElement][]): string[] {
  return hosts.flatMap(([tag, host]) => [...clippedText(host.shadowRoot!), ...overflowing(host), ...crowdedLabels(host)].map((problem) => `${tag}: ${problem}`));
}

/** A few frames, for the widgets to lay out again with the new spacing (the map places its labels by their size). */
async function settle(hosts: [string, HTMLElement][]): Promise<void> {
  for (let frame = 0; frame < 4; frame++) await new Promise(requestAnimationFrame);
  await Promise.all(hosts.map(([, host]) => (host as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

describe('text spacing (WCAG 1.4.12)', () => {
  beforeEach(() => useSampleApi());

  // 320: the map as a list; 600: the map alone on its row, labels shortened to names where crowded; 900 and 1200:
  // the map beside its panel, labels with minutes and jobs.
  for (const width of [320, 600, 900, 1200]) {
    it(`loses no text of any widget in a ${width} px column once loaded, the map’s town open`, async () => {
      const hosts = await allWidgetsIn(`width: ${width}px`);
      await settle(hosts);
      const before = problems(hosts);
      expect(before, `before the spacing: ${before.join('\n')}`).to.be.empty;
      for (const [, host] of hosts) spaceOut(host);
      await settle(hosts);
      const found = problems(hosts);
      expect(found, found.join('\n')).to.be.empty;
    });
  }

  for (const width of [320, 900]) {
    describe(`in a ${width} px column`, () => {
      it('nor of an opened job, nor of the form’s errors', async () => {
        const hosts = await allWidgetsIn(`width: ${width}px`);
        const host = (tag: string) => hosts.find(([name]) => name === tag)![1];
        const list = host('wr-job-list');
        const form = host('wr-contact-form');
        $(form, '[part=submit]').click();
        await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]') && form.shadowRoot!.querySelector('#consent-error'), 'the form shows no errors');
        $(list, '[part=title]').click();
        await waitUntil(() => list.shadowRoot!.querySelector('dialog[open] [part=apply-button]'), 'the job did not open');
        for (const [, widget] of hosts) spaceOut(widget);
        await settle(hosts);
        const found = problems(hosts);
        expect(found, found.join('\n')).to.be.empty;
      });
    });
  }
});
