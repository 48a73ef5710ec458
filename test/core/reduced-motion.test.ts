import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { delay, http } from 'msw';
import '../../src/commute-finder/define.js';
import '../../src/contact-form/define.js';
import '../../src/job-list/define.js';
import '../../src/town-map/define.js';
import { API, worker } from '../support/mock-api.js';
import { useSampleApi } from '../support/sample-api.js';

/** The four widgets waiting for an API that does not answer: their placeholders are on screen. */
async function waiting(): Promise<HTMLElement[]> {
  await useSampleApi();
  worker.use(http.get(`${API}/*`, () => delay('infinite')));
  const root = await fixture<HTMLElement>(html`<div>
    <wr-job-list page-size="3"></wr-job-list><wr-town-map></wr-town-map><wr-commute-finder></wr-commute-finder><wr-contact-form privacy-url="/datenschutz"></wr-contact-form>
  </div>`);
  const hosts = [...root.children] as HTMLElement[];
  await waitUntil(() => hosts.every((host) => host.shadowRoot?.querySelector('.placeholder, [aria-busy=true]')), 'no placeholders');
  return hosts;
}

const running = (hosts: HTMLElement[]) => hosts.flatMap((host) => host.shadowRoot!.getAnimations().map((animation) => `${host.localName}: ${(animation as CSSAnimation).animationName}`));

describe('prefers-reduced-motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('without the wish, the loading placeholders breathe', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(running(await waiting())).to.not.be.empty;
  });

  it('with the wish for less motion, nothing moves while the widgets load', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(running(await waiting())).to.deep.equal([]);
  });
});
