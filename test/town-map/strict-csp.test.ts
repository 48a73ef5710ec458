import { expect, fixture, html } from '@open-wc/testing';
import '../../src/town-map/define.js';
import type { TownMap } from '../../src/town-map/town-map.js';
import { $, $$, useSampleApi } from '../support/sample-api.js';
import { waitUntil } from '../support/wait.js';

// A municipal CSP without 'unsafe-inline' for styles blocks style attributes; the map positions its towns and
// takes its height through the CSSOM, which such a policy allows. The policy holds for this file's page only.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "style-src 'self'";
document.head.append(policy);

describe('<wr-town-map> under a CSP without inline styles', () => {
  it('places its towns and takes its height, with no style blocked', async () => {
    await useSampleApi();
    const blocked: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => blocked.push(event.violatedDirective));
    const box = await fixture<HTMLDivElement>(html`<div><wr-town-map height="300px"></wr-town-map></div>`);
    box.style.width = '800px';
    const map = box.firstElementChild as TownMap;
    await waitUntil(() => $$(map, '.town').length > 0 && $(map, 'svg.drawing').getAttribute('width') !== '640', 'the map did not load');
    await map.updateComplete;
    expect($(map, '[part=map]').getBoundingClientRect().height).to.equal(300);
    const lefts = new Set($$(map, '.town').map((town) => Math.round(town.getBoundingClientRect().left)));
    expect(lefts.size, 'towns drawn at distinct places').to.be.greaterThan(3);
    expect(blocked).to.deep.equal([]);
  });
});
