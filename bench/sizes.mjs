// Prints the gzip -9 bytes a visitor downloads: each widget alone (Lit included) with its lazily loaded chunk
// apart (it loads only when used: the map's real tiles, the form's challenge), the bundle of all three against
// the issue-8 budget, and the share of the i18n dictionaries, which every widget carries in full today.
import { bundle, gzipTotal } from './support.mjs';

const budget = 21 * 1024; // issue 8: "all three together, Lit included, target under 21 KiB gzipped"
const widgets = [
  ['job list', 'src/job-list/define.ts', 'job-list'],
  ['town map', 'src/town-map/define.ts', 'town-map'],
  ['contact form', 'src/contact-form/define.ts', 'contact-form'],
  ['commute finder', 'src/commute-finder/define.ts', 'commute-finder'],
];

const chunkList = (chunks) => chunks.map((c) => ` + ${c.file} ${c.gzip} (lazy)`).join('');
const mains = {};
for (const [label, entry, name] of widgets) {
  const { main, chunks } = await bundle(entry, name);
  mains[label] = main.gzip;
  console.log(`${label} alone: ${main.gzip} bytes gzipped${chunkList(chunks)}`);
}

const all = await bundle('src/wr-widgets.ts', 'wr-widgets');
const total = gzipTotal([all.main, ...all.chunks]);
console.log(`wr-widgets.js (all widgets): ${all.main.gzip} bytes gzipped${chunkList(all.chunks)} = ${total}`);
console.log(`issue-8 budget: under ${budget} bytes (21 KiB); main file ${all.main.gzip - budget > 0 ? 'over' : 'under'} by ${Math.abs(all.main.gzip - budget)}`);

// Built alone (both languages and their plural helper). Compressed apart they weigh a little more than inside a
// bundle, so the shares are approximate; a widget built with only its own strings would save part of them.
const dictionaries = (await bundle('src/core/i18n/locales/index.ts', 'locales')).main.gzip;
const share = (bytes) => `${Math.round((100 * dictionaries) / bytes)}%`;
console.log(`i18n dictionaries (de + en): ${dictionaries} bytes gzipped = ${share(all.main.gzip)} of wr-widgets.js, ` +
  widgets.map(([label]) => `${share(mains[label])} of the ${label}`).join(', '));
