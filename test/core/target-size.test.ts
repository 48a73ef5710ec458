import { expect } from '@open-wc/testing';
import { allWidgetsIn } from '../support/all-widgets.js';
import { useSampleApi } from '../support/sample-api.js';

/**
 * WCAG 2.2's 2.5.8 (target size, minimum): every control a visitor clicks or taps is at least 24 × 24 CSS px,
 * unless it is a link inside a sentence or a native control the browser draws (a radio, a checkbox: their label
 * is the target). What is too small, by widget.
 */
function smallTargets(host: HTMLElement): string[] {
  const small: string[] = [];
  for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], select, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), [role=button], [tabindex="0"]')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    // The honeypot is off screen and out of the tab order on purpose; nobody is meant to reach it.
    if (element.closest('[aria-hidden=true]') || element.tabIndex < 0) continue;
    // 2.5.8's inline exception: a link within a line of text.
    if (element.localName === 'a' && getComputedStyle(element).display === 'inline' && element.parentElement && /\S/.test(element.parentElement.textContent!.replace(element.textContent!, ''))) continue;
    if (box.width < 24 || box.height < 24) small.push(`${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return small;
}

describe('target size (WCAG 2.5.8)', () => {
  beforeEach(() => useSampleApi());

  it('every control of every widget is at least 24 × 24 CSS px', async () => {
    const problems: string[] = [];
    for (const [tag, host] of await allWidgetsIn('width: 900px')) problems.push(...smallTargets(host).map((problem) => `${tag}: ${problem}`));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
