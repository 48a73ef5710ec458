/**
 * The npm package's main entry: the widget classes, `configure()` and the events, with no side effects. Importing
 * it registers no tag; `@wachstumsregion/widgets/<widget>/define` does, or `customElements.define` with a tag
 * of the application's own.
 */
export { configure, type WidgetConfig } from './core/config.js';
export { VERSION } from './core/version.js';
export * from './core/events/index.js';
export { JobList } from './job-list/job-list.js';
export { TownMap } from './town-map/town-map.js';
export { ContactForm } from './contact-form/contact-form.js';
export { CommuteFinder } from './commute-finder/commute-finder.js';
