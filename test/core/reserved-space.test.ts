import { expect, fixture, html } from '@open-wc/testing';
import { reserveSpace } from '../../src/core/reserved-space.js';

// No widget is defined on this test page: the elements stand as a host page has them before the files come.
describe('the space the loader holds for widgets not yet defined', () => {
  before(() => reserveSpace());

  const height = (element: Element) => element.getBoundingClientRect().height;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);

  it('holds each widget’s loading height, the job list’s by its page-size', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 1200px">
      <wr-job-list></wr-job-list><wr-job-list page-size="3"></wr-job-list><wr-contact-form></wr-contact-form>
    </div>`);
    const [tenJobs, threeJobs, form] = [...page.children];
    expect(height(tenJobs!)).to.be.greaterThan(height(threeJobs!));
    expect(height(tenJobs!) - height(threeJobs!)).to.be.closeTo(7 * 7 * rem, 1, 'seven rows of 7rem');
    expect(height(form!)).to.be.greaterThan(40 * rem);
  });

  it('gives way to the page’s own rules and to the documented property', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <style>.mine wr-job-list { min-height: 50px; display: inline; }</style>
      <div class="mine"><wr-job-list></wr-job-list></div>
      <wr-contact-form style="--wr-contact-form-min-height: 120px"></wr-contact-form>
    </div>`);
    const mine = page.querySelector('wr-job-list')!;
    expect(getComputedStyle(mine).display).to.equal('inline');
    expect(height(page.querySelector('wr-contact-form')!)).to.be.closeTo(120, 1);
  });

  it('says nothing once an element is defined, and is adopted once however often the loader runs', async () => {
    customElements.define('wr-commute-finder', class extends HTMLElement {});
    const finder = await fixture<HTMLElement>(html`<wr-commute-finder></wr-commute-finder>`);
    expect(height(finder)).to.equal(0);
    reserveSpace();
    reserveSpace();
    expect(document.adoptedStyleSheets).to.have.length(1);
  });
});
