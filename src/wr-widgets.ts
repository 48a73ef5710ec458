/**
 * The bundle a webmaster loads with one script tag: it defines every widget and offers `configure()` to
 * JavaScript users.
 */
export { configure } from './core/config.js';
export { VERSION } from './core/version.js';
export * from './core/events/index.js';
import './job-list/define.js';
import './town-map/define.js';
import './contact-form/define.js';
import './commute-finder/define.js';
