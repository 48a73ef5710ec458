import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allWidgetsIn } from '../support/all-widgets.js';
import { $, useSampleApi } from '../support/sample-api.js';

/** What scrolls sideways: the page, and each widget whose content is wider than its box. */
function sidewaysScrolling(hosts: [string, HTMLElement][]): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > innerWidth) problems.push(`the page: ${page.scrollWidth} px in a ${innerWidth} px window`);
  for (const [tag, host] of hosts) if (host.scrollWidth > host.clientWidth + 1) problems.push(`${tag}: ${host.scrollWidth} px in ${host.clientWidth} px`);
  return problems;
}

// WCAG 1.4.10: 400 % zoom of a 1280 px window leaves 320 CSS px, which is what a 320 px window shows at 100 %.
describe('reflow at 320 CSS px (a 1280 px window at 400 %)', () => {
  beforeEach(async () => {
    await useSampleApi();
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('nothing scrolls sideways: the widgets loaded, the map’s town open, then a job open in its dialog', async () => {
    const hosts = await allWidgetsIn('');
    expect(sidewaysScrolling(hosts)).to.deep.equal([]);
    const list = hosts.find(([tag]) => tag === 'wr-job-list')![1];
    $(list, '[part=title]').click();
    await waitUntil(() => list.shadowRoot!.querySelector('dialog[open] .apply'), 'the job did not open', { timeout: 4000 });
    const dialog = $(list, 'dialog');
    expect(dialog.getBoundingClientRect().width).to.be.at.most(innerWidth);
    expect(dialog.scrollWidth, 'the dialog').to.be.at.most(dialog.clientWidth + 1);
    expect(sidewaysScrolling(hosts)).to.deep.equal([]);
  });
});
