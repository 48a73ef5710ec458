import { expect, fixture, html } from '@open-wc/testing';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import { $, useSampleApi } from '../support/sample-api.js';
import { setViewport } from '../support/viewport.js';
import { waitUntil } from '../support/wait.js';

describe('<wr-job-list> job dialog (WCAG 2.4.11 focus not obscured)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('a control focused in the scrolled dialog is never hidden behind its sticky title bar', async () => {
    await useSampleApi((data) => {
      // A long ad, so the dialog scrolls on a phone.
      data.jobs[0]!.description = Array.from({ length: 30 }, (_, n) => `Absatz ${n + 1}: Wir bieten einen sicheren Arbeitsplatz in der Region.`).join('\n\n');
    });
    await setViewport({ width: 390, height: 560 });
    const list = await fixture<JobList>(html`<wr-job-list page-size="3"></wr-job-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[part=title]'), 'the list did not load');
    $(list, '[part=title]').click();
    await waitUntil(() => list.shadowRoot!.querySelector('dialog[open] [part=apply-button]'), 'the job did not open');
    const dialog = list.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]');
    const head = list.shadowRoot!.querySelector<HTMLElement>('.details-head')!;
    const focusables = [...dialog!.querySelectorAll<HTMLElement>('a[href], button')].filter((element) => !head.contains(element));
    expect(focusables.length, 'the dialog has controls below its title bar').to.be.greaterThan(0);
    for (const element of focusables) {
      // From the bottom, as Shift+Tab comes back up. Chromium centres a control it focuses; Firefox and WebKit
      // scroll it just into view, to the nearest edge, as this does: that edge is under the title bar.
      for (const scroller of [dialog!, ...dialog!.querySelectorAll<HTMLElement>('*')]) scroller.scrollTop = scroller.scrollHeight;
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const top = element.getBoundingClientRect().top;
      expect(top, `${element.textContent?.trim()} starts under the title bar`).to.be.at.least(head.getBoundingClientRect().bottom - 1);
    }
  });
});
