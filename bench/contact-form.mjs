// Prints what <wr-contact-form> costs a visitor: gzip bytes of its bundle without and with the challenge solver
// (a chunk loaded only when the API offers an ALTCHA challenge), and the median time to solve a challenge with
// maxnumber 50,000 in Debian's Chromium: work the form starts in the background when the visitor begins to fill it in.
import { bundle, gzipTotal, measurePage, timing } from './support.mjs';

const runs = Number(process.env.RUNS ?? 15);

const { main, chunks } = await bundle('src/contact-form/define.ts', 'contact-form');
const solver = chunks.filter((c) => c.file.startsWith('altcha-solver'));
console.log(`contact form alone, Lit included: ${main.gzip} bytes gzipped; with the solver (${solver.map((c) => c.file).join(', ')}): ${gzipTotal([main, ...solver])}`);

const solved = await measurePage('bench/contact-form-page.ts', runs);
console.log(`ALTCHA challenge, SHA-256, maxnumber 50,000, random number: ${timing(solved)}`);
