import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { delay, http } from 'msw';
import '../../src/contact-form/define.js';
import { configure } from '../../src/core/config.js';
import { allWidgetsIn } from '../support/all-widgets.js';
import { API, worker } from '../support/mock-api.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

/** Longest motion a visitor who asked for less may still get, in seconds: none that one would see. */
const still = 0.01;

const seconds = (list: string) => Math.max(...list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value))));

function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  return `${element.localName}${part ? `[part=${part}]` : element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
}

/**
 * What moves in a widget: CSS animations and transitions longer than `still` on any element of its shadow roots
 * or their ::before and ::after, and any animation running there, CSS or made by script.
 */
function motion(host: HTMLElement): string[] {
  const found: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const where = `${nameOf(element)}${pseudo ?? ''}`;
        if (style.animationName !== 'none' && seconds(style.animationDuration) > still) found.push(`${where} animates ${style.animationName} for ${style.animationDuration}`);
        if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > still) found.push(`${where} has a transition of ${style.transitionDuration} (${style.transitionProperty})`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
    for (const animation of root.getAnimations()) {
      const { duration } = animation.effect?.getComputedTiming() ?? {};
      const target = (animation.effect as KeyframeEffect | null)?.target;
      if (animation.playState === 'running' && Number(duration) > still * 1000) found.push(`${target ? nameOf(target) : 'something'} runs an animation of ${String(duration)} ms`);
    }
  };
  visit(host.shadowRoot!);
  return found;
}

const motionIn = (hosts: HTMLElement[]) => hosts.flatMap((host) => motion(host).map((problem) => `${host.localName}: ${problem}`));

/** The four widgets waiting for an API that does not answer: their skeletons are up. */
async function loading(): Promise<HTMLElement[]> {
  configure({ timeout: 60_000 });
  worker.use(http.all(`${API}/*`, () => delay('infinite')));
  const column = await fixture<HTMLElement>(html`
    <div>
      <wr-job-list page-size="3"></wr-job-list>
      <wr-town-map></wr-town-map>
      <wr-commute-finder></wr-commute-finder>
      <wr-contact-form privacy-url="/datenschutz"></wr-contact-form>
    </div>
  `);
  const hosts = [...column.children] as HTMLElement[];
  const [list, map, finder] = hosts as [HTMLElement, HTMLElement, HTMLElement];
  await waitUntil(() => list.shadowRoot?.querySelector('.item.placeholder') && map.shadowRoot?.querySelector('.map.placeholder') && finder.shadowRoot?.querySelector('.placeholder'), 'no skeletons');
  return hosts;
}

describe('reduced motion', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await useSampleApi();
  });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the skeletons breathe for a visitor who has not asked for less motion (what the other tests look for)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const found = motionIn(await loading());
    expect(found.join('\n')).to.contain('animates pulse');
  });

  describe('asked for', () => {
    beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));

    it('nothing moves while the widgets load', async () => {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const found = motionIn(await loading());
      expect(found, found.join('\n')).to.be.empty;
    });

    it('nothing moves once they are loaded, nor in an opened job', async () => {
      const hosts = (await allWidgetsIn('width: 900px')).map(([, host]) => host);
      const atFirst = motionIn(hosts);
      expect(atFirst, `loaded: ${atFirst.join('\n')}`).to.be.empty;
      const list = hosts[0]!;
      $(list, '[part=title]').click();
      await waitUntil(() => list.shadowRoot!.querySelector('dialog[open] [part=apply-button]'), 'the job did not open');
      const found = motionIn(hosts);
      expect(found, found.join('\n')).to.be.empty;
    });

    it('the send button’s spinner stands still while the form sends', async () => {
      worker.use(http.post(`${API}/inquiries`, () => delay('infinite')));
      const form = await fixture<HTMLElement>(html`<wr-contact-form privacy-url="/datenschutz"></wr-contact-form>`);
      await waitUntil(() => form.shadowRoot!.querySelector('#partner-kamenz'), 'the partners did not load');
      for (const [id, value] of [['name', 'Anna Schmidt'], ['email', 'anna@example.org']]) {
        const input = $<HTMLInputElement>(form, `#${id}`);
        input.value = value!;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      for (const id of ['partner-kamenz', 'wish-both', 'consent']) $(form, `#${id}`).click();
      $(form, '[part=submit]').click();
      await waitUntil(() => form.shadowRoot!.querySelector('[part=submit] .spinner'), 'the form did not start sending');
      const found = motion(form);
      expect(found, found.join('\n')).to.be.empty;
    });

    describe('scrolling', () => {
      const pageScroll = Element.prototype.scrollIntoView;
      let asked: (boolean | ScrollIntoViewOptions | undefined)[];
      beforeEach(() => {
        asked = [];
        Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
          asked.push(options);
          pageScroll.call(this, options);
        };
      });
      afterEach(() => {
        Element.prototype.scrollIntoView = pageScroll;
        window.scrollTo(0, 0);
      });

      it('jumps, never glides: each scroll the widgets ask for is done at once and none asks for smooth', async () => {
        const hosts = await allWidgetsIn('width: 700px');
        const [list, map, finder, form] = hosts.map(([, host]) => host) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
        const problems: string[] = [];
        /** Does what scrolls, then checks at once, before any frame could glide, that the target is in view. */
        const scrolls = (what: string, act: () => void, target: () => Element) => {
          const before = asked.length;
          act();
          if (asked.length === before) problems.push(`${what}: no scrollIntoView`);
          const box = target().getBoundingClientRect();
          if (box.bottom < 0 || box.top > innerHeight) problems.push(`${what}: not in view at once (top ${Math.round(box.top)})`);
        };
        window.scrollTo(0, document.documentElement.scrollHeight);
        scrolls('the map’s “jobs in …”', () => $(map, '[part=panel] .button.primary').click(), () => list);
        window.scrollTo(0, document.documentElement.scrollHeight);
        scrolls('the finder’s “jobs in …”', () => $(finder, '[part=item] .link').click(), () => list);
        window.scrollTo(0, document.documentElement.scrollHeight);
        scrolls('a page of jobs', () => $(list, '.pagination li:nth-child(2) button').click(), () => $(list, '#summary'));
        $(form, '[part=submit]').click();
        await waitUntil(() => form.shadowRoot!.querySelector('[part=summary] a[href="#name"]'), 'the form shows no errors');
        window.scrollTo(0, 0);
        scrolls('the form’s summary link', () => $(form, '[part=summary] a[href="#consent"]').click(), () => $(form, '#consent'));
        for (const options of asked) if (typeof options === 'object' && options.behavior === 'smooth') problems.push(`asked for ${JSON.stringify(options)}`);
        for (const [tag, host] of hosts) {
          for (const element of host.shadowRoot!.querySelectorAll('*')) {
            if (getComputedStyle(element).scrollBehavior === 'smooth') problems.push(`${tag}: ${nameOf(element)} scrolls smoothly`);
          }
        }
        expect(problems, problems.join('\n')).to.be.empty;
      });
    });
  });
});
