// Prints what <wr-job-list> costs a visitor: gzip bytes of its bundle, and median times from being connected to
// ten jobs on screen and from a filter change to the updated list (mock API, no latency), in Debian's Chromium.
import { bundle, measurePage, timing } from './support.mjs';

const runs = Number(process.env.RUNS ?? 15);

const widget = await bundle('src/job-list/define.ts', 'job-list');
const all = await bundle('src/wr-widgets.ts', 'wr-widgets');
console.log(`job list alone, Lit included: ${widget.main.gzip} bytes gzipped (${widget.main.bytes} minified)`);
console.log(`dist/wr-widgets.js (all widgets): ${all.main.gzip} bytes gzipped`);

const measured = await measurePage('bench/job-list-page.ts', runs);
console.log(`connected → 10 jobs on screen: ${timing(measured.map((result) => result.firstList))}`);
console.log(`filter change → updated list:  ${timing(measured.map((result) => result.filterChange))}`);
