import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { allWidgetsIn } from '../support/all-widgets.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

/**
 * Forced colours (Windows' contrast themes): the browser replaces the widgets' colours with a few system colours
 * and drops shadows and background images, so whatever a control showed only by its background or a shadow is
 * gone. Chromium emulates a light theme, and a dark one when the page also prefers dark; both are tried, as SVG
 * keeps its own fills and strokes, which may vanish in one of them.
 */
const themes = ['light', 'dark'] as const;

type Rgba = [number, number, number, number];

/** A computed colour as sRGB 0–255 and alpha: `rgb()`, `rgba()` or `color(srgb …)`, as Chromium writes them. */
function parse(color: string): Rgba | undefined {
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return undefined;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (value: number) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio of two colours; 1 when either cannot be read or is transparent. */
function contrast(one: string, other: string): number {
  const [a, b] = [parse(one), parse(other)];
  if (!a || !b || a[3] === 0 || b[3] === 0) return 1;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** What a system colour is in the theme in force. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The colour behind an element: the first ancestor's, through shadow roots, that paints a background; else Canvas. */
function backdrop(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(at).backgroundColor;
    if ((parse(color)?.[3] ?? 0) > 0) return color;
  }
  return system('Canvas');
}

function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 20);
  return `${element.localName}${part ? `[part=${part}]` : element.classList.length ? `.${[...element.classList].join('.')}` : ''} “${label}”`;
}

/** The controls a visitor can reach in a widget: visible, not hidden from everyone on purpose (the honeypot). */
function controls(host: HTMLElement): HTMLElement[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role=button], [tabindex="0"]')].filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.tabIndex >= 0 && !element.closest('[aria-hidden=true]');
  });
}

/** The controls that take focus: those a visitor reaches, but not while disabled. */
function focusable(host: HTMLElement): HTMLElement[] {
  return controls(host).filter((control) => !control.matches(':disabled'));
}

const hasBorder = (style: CSSStyleDeclaration) =>
  ['top', 'right', 'bottom', 'left'].every((side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1);

/**
 * Why a control cannot be seen in forced colours, or nothing. A field or a button needs its border (its background
 * is the page's now); a link, and a button drawn as one, the link colour and its underline; a native checkbox or
 * radio is drawn by the browser in system colours; a town on the map needs a marker that stands out (3:1, WCAG
 * 1.4.11) from what lies under it, the page or the map's drawing.
 */
function invisibility(control: HTMLElement, drawing: string[]): string | undefined {
  const style = getComputedStyle(control);
  const behind = backdrop(control);
  if (contrast(style.color, behind) < 4.5) return `text ${style.color} on ${behind}`;
  if (control.matches('input[type=checkbox], input[type=radio]')) return style.appearance === 'none' ? 'a checkbox or radio drawn by the widget' : undefined;
  if (control.classList.contains('town')) {
    const marker = getComputedStyle(control.querySelector('[part=marker]')!).backgroundColor;
    const under = [behind, ...drawing].find((color) => contrast(marker, color) < 3);
    return under ? `marker ${marker} on ${under}` : undefined;
  }
  if (hasBorder(style)) return undefined;
  const underlined = style.textDecorationLine.includes('underline');
  if (control.localName === 'a' || underlined) {
    if (!underlined) return 'a link without underline or border';
    return style.color === system('LinkText') ? undefined : `drawn as a link but in ${style.color}, not LinkText`;
  }
  return `no border (${style.borderTopStyle} ${style.borderTopWidth})`;
}

/** All that may tell a pressed, chosen or current control from an unpressed one, as forced colours leave it. */
function look(element: Element): string {
  return [element, ...element.querySelectorAll('*')]
    .map((part) => {
      const style = getComputedStyle(part);
      const after = getComputedStyle(part, '::after').content;
      return [style.color, style.backgroundColor, style.borderTopStyle, style.borderTopWidth, style.borderTopColor, style.borderInlineStartWidth, style.outlineStyle, style.outlineWidth, style.fontWeight, after].join(' ');
    })
    .join(' / ');
}

/** The fills and strokes of the map's drawing that the markers sit on. */
function drawingColours(map: HTMLElement): string[] {
  return [...map.shadowRoot!.querySelectorAll('.land, .area')].map((shape) => getComputedStyle(shape).fill).filter((fill) => fill !== 'none');
}

describe('forced colours', () => {
  beforeEach(() => useSampleApi());
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  for (const theme of themes) {
    describe(`a ${theme} contrast theme`, () => {
      beforeEach(() => emulateMedia({ forcedColors: 'active', colorScheme: theme }));

      it('shows every control: fields and buttons with borders, links as links, the map’s markers against the map', async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const hosts = await allWidgetsIn('width: 900px');
        const host = (tag: string) => hosts.find(([name]) => name === tag)![1];
        // The form with its errors, and a job's dialog open, so that their controls are checked too.
        const form = host('wr-contact-form');
        $(form, '[part=submit]').click();
        await waitUntil(() => form.shadowRoot!.querySelector('[part=summary]'), 'the form shows no errors');
        const list = host('wr-job-list');
        $(list, '[part=title]').click();
        await waitUntil(() => list.shadowRoot!.querySelector('dialog[open] [part=apply-button]'), 'the job did not open');
        const drawing = drawingColours(host('wr-town-map'));
        expect(drawing, 'the map’s drawing is there').to.not.be.empty;
        const problems = hosts.flatMap(([tag, widget]) =>
          controls(widget).flatMap((control) => {
            const why = invisibility(control, drawing);
            return why ? [`${tag}: ${nameOf(control)}: ${why}`] : [];
          }),
        );
        expect(problems, problems.join('\n')).to.be.empty;
      });

      it('tells a pressed, chosen or current control from itself when it is not', async () => {
        const hosts = await allWidgetsIn('width: 900px');
        const host = (tag: string) => hosts.find(([name]) => name === tag)![1];
        const [list, map, finder] = [host('wr-job-list'), host('wr-town-map'), host('wr-commute-finder')];
        const problems: string[] = [];
        // Looks are compared without focus, whose ring would tell them apart (a town given up takes focus).
        const unfocused = (root: HTMLElement, selector: string) => {
          (root.shadowRoot!.activeElement as HTMLElement | null)?.blur();
          return look($(root, selector));
        };
        /** The control's look with its state on, then off: the same element, so that only the state differs. */
        const differs = async (what: string, selector: string, root: HTMLElement, flip: () => void, state: string) => {
          const on = unfocused(root, selector);
          expect($(root, selector).getAttribute(state), `${what} at first`).to.be.oneOf(['true', 'page']);
          flip();
          await waitUntil(() => root.shadowRoot!.querySelector(selector)?.getAttribute(state) === 'false', `${what}: the state did not change`);
          await (root as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          if (unfocused(root, selector) === on) problems.push(`${what} looks the same on and off`);
        };
        await differs('a town chosen on the map', '.town[data-partner=kamenz]', map, () => $(map, '.town[data-partner=kamenz]').click(), 'aria-pressed');
        await differs('the current page', '.pagination li:first-child button', list, () => $(list, '.pagination li:nth-child(2) button').click(), 'aria-current');
        $(finder, '.name[data-partner=kamenz]').click();
        await waitUntil(() => finder.shadowRoot!.querySelector('.name[data-partner=kamenz][aria-pressed=true]'), 'no place chosen in the finder');
        await differs('a place chosen in the finder', '.name[data-partner=kamenz]', finder, () => $(finder, '.name[data-partner=kamenz]').click(), 'aria-pressed');
        $(map, '.toggle').click();
        await waitUntil(() => map.shadowRoot!.querySelector('[part=list]'), 'the list view did not open');
        $(map, '.item[data-partner=kamenz]').click();
        await waitUntil(() => map.shadowRoot!.querySelector('.item[data-partner=kamenz][aria-pressed=true]'), 'no town chosen in the list');
        await differs('a town chosen in the list', '.item[data-partner=kamenz]', map, () => $(map, '.item[data-partner=kamenz]').click(), 'aria-pressed');
        await differs('the list view’s toggle', '.toggle', map, () => $(map, '.toggle').click(), 'aria-pressed');
        expect(problems, problems.join('\n')).to.be.empty;
      });

      it('rings the focused control with an outline at least 2 px wide that stands out', async () => {
        const hosts = await allWidgetsIn('width: 900px');
        // A key press first, so that focus from script shows its ring as focus from the keyboard does.
        await sendKeys({ press: 'Tab' });
        const problems: string[] = [];
        for (const [tag, widget] of hosts) {
          for (const control of focusable(widget)) {
            control.focus();
            if (!control.matches(':focus-visible')) {
              problems.push(`${tag}: ${nameOf(control)} is not :focus-visible`);
              continue;
            }
            // The ring may be drawn on a part inside the control (a town's label on the map).
            const ring = [control, ...control.querySelectorAll('*')].find((part) => getComputedStyle(part).outlineStyle !== 'none');
            const style = ring && getComputedStyle(ring);
            if (!style) problems.push(`${tag}: ${nameOf(control)} has no outline`);
            else if (parseFloat(style.outlineWidth) < 2) problems.push(`${tag}: ${nameOf(control)}: outline ${style.outlineWidth}`);
            else if (contrast(style.outlineColor, backdrop(ring.parentElement ?? control)) < 3) problems.push(`${tag}: ${nameOf(control)}: outline ${style.outlineColor} on ${backdrop(ring.parentElement ?? control)}`);
          }
        }
        expect(problems, problems.join('\n')).to.be.empty;
      });
    });
  }
});
