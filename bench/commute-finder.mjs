// Prints what <wr-commute-finder> costs a visitor: gzip bytes of its bundle alone (Lit included), and the median
// time from being connected to its ranked list drawn (mock API, no latency), in Debian's Chromium: for "anywhere
// in the region" (every town's reach is summed) and for the reversed question with a field (one more job query).
import { bundle, measurePage, timing } from './support.mjs';

const runs = Number(process.env.RUNS ?? 15);

const { main } = await bundle('src/commute-finder/define.ts', 'commute-finder');
console.log(`commute finder alone, Lit included: ${main.gzip} bytes gzipped`);

const cases = [
  ['anywhere in the region', {}],
  ['live in Radeberg, IT, 30 min', { live: 'radeberg', field: 'it', max: '30' }],
];
for (const [label, attributes] of cases) {
  const drawn = await measurePage('bench/commute-finder-page.ts', runs, attributes);
  console.log(`connected → ranked list drawn (${label}): ${timing(drawn)}`);
}
