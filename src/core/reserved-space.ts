/**
 * The space each widget holds on the host page before its file has run, so the page's own content below it does
 * not move when the widget appears (Cumulative Layout Shift). The heights are those of each widget's loading
 * state with its default settings (the job list's for its `page-size`: a row of about 7rem, 8rem where titles wrap); a page
 * that changes more (fewer filters, a narrow column) sets the documented `--wr-…-min-height` property on the element.
 * Only Chromium paints the page after the loader has run (with `blocking="render"` on its tag, as the README's
 * snippet has it); other browsers may paint first, and then the space comes a moment later.
 *
 * One document-level sheet, adopted rather than inserted, so a strict CSP allows it. Every rule sits in
 * `:where()`, so any rule of the page wins over it, and applies only to elements not yet defined: once a widget
 * draws itself, this sheet says nothing about it.
 */
const jobListHeight = (filters: string, row = '7rem') => `calc(${filters} + var(--_wr-rows, 10) * ${row})`;
const rules = `
:where(wr-job-list,wr-town-map,wr-contact-form,wr-commute-finder):where(:not(:defined)){display:block}
${Array.from({ length: 20 }, (_, index) => `:where(wr-job-list[page-size="${index + 1}"]:not(:defined)){--_wr-rows:${index + 1}}`).join('')}
:where(wr-job-list:not(:defined)){min-height:var(--wr-job-list-min-height,${jobListHeight('12.5rem')})}
:where(wr-town-map:not(:defined)){min-height:var(--wr-town-map-min-height,0);aspect-ratio:6/5}
:where(wr-contact-form:not(:defined)){min-height:var(--wr-contact-form-min-height,75.5rem)}
:where(wr-commute-finder:not(:defined)){min-height:var(--wr-commute-finder-min-height,15rem)}
@media (max-width:60em){
:where(wr-job-list:not(:defined)){min-height:var(--wr-job-list-min-height,${jobListHeight('17.5rem')})}
:where(wr-contact-form:not(:defined)){min-height:var(--wr-contact-form-min-height,78.5rem)}
}
@media (max-width:37em){
:where(wr-job-list:not(:defined)){min-height:var(--wr-job-list-min-height,${jobListHeight('27.5rem', '8.2rem')})}
:where(wr-town-map:not(:defined)){min-height:var(--wr-town-map-min-height,24rem);aspect-ratio:auto}
:where(wr-contact-form:not(:defined)){min-height:var(--wr-contact-form-min-height,124rem)}
}`;

/** Adopts the sheet into the document once, also when the loader runs twice (the snippet pasted twice, two releases). */
export function reserveSpace(): void {
  const adopted = document.adoptedStyleSheets;
  if (adopted.some((sheet) => sheet.cssRules[0]?.cssText.includes('wr-job-list'))) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...adopted, sheet];
}
