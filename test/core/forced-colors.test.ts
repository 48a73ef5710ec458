import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { allWidgetsIn } from '../support/all-widgets.js';
import { useSampleApi } from '../support/sample-api.js';

/** Every control a visitor operates, in all four widgets, the map's towns included. */
const controls = 'button, a[href], input:not([type=hidden]), select, textarea';

/** How a control stands out in forced colours: a border, an outline, or text in a colour unlike its background. */
function invisible(control: HTMLElement): string | undefined {
  const style = getComputedStyle(control);
  const box = control.getBoundingClientRect();
  if (box.width === 0 || style.visibility === 'hidden' || control.closest('[hidden], .visually-hidden, .honeypot') || control.tabIndex < 0) return undefined;
  const border = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none');
  const text = control.textContent!.trim() !== '' && style.color !== style.backgroundColor;
  // A town on the map: its marker must keep a colour unlike the map's, which forced colours make Canvas.
  const marker = control.querySelector<HTMLElement>('.marker');
  if (marker) {
    const markerStyle = getComputedStyle(marker);
    const ground = getComputedStyle(control.closest('.map')!).backgroundColor;
    const filled = markerStyle.backgroundColor !== ground && markerStyle.backgroundColor !== 'rgba(0, 0, 0, 0)';
    const ringed = parseFloat(markerStyle.borderTopWidth) > 0 && markerStyle.borderTopColor !== ground;
    if (!filled && !ringed) return `${control.className}: its marker looks like the ground`;
  }
  return border || text || control.matches('input[type=checkbox], input[type=radio]') ? undefined : `${control.localName}.${control.className}: no border and no text`;
}

describe('Windows high contrast (forced-colors: active)', () => {
  beforeEach(async () => {
    await useSampleApi();
    await emulateMedia({ forcedColors: 'active' });
  });
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('keeps every control visible, the map’s towns included', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const hosts = await allWidgetsIn('');
    const problems: string[] = [];
    let towns = 0;
    for (const [tag, host] of hosts) {
      for (const control of host.shadowRoot!.querySelectorAll<HTMLElement>(controls)) {
        if (control.matches('.town')) towns++;
        const problem = invisible(control);
        if (problem) problems.push(`${tag}: ${problem}`);
      }
    }
    expect(towns, 'the map’s towns were looked at').to.be.at.least(9);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('shows a focus ring of at least 2 px on the control that has focus by keyboard', async () => {
    const hosts = await allWidgetsIn('');
    const [, list] = hosts[0]!;
    list.shadowRoot!.querySelector<HTMLElement>('#q')!.focus();
    let checked = 0;
    for (let step = 0; step < 12; step++) {
      await sendKeys({ press: 'Tab' });
      const focused = hosts.map(([, host]) => host.shadowRoot!.activeElement as HTMLElement | null).find(Boolean);
      if (!focused) continue;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle, `${focused.localName}#${focused.id}.${focused.className}`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${focused.localName}.${focused.className}`).to.be.at.least(2);
      checked++;
    }
    await waitUntil(() => checked >= 8, `only ${checked} focused controls seen`);
  });
});
