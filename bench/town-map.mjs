// Prints what <wr-town-map> costs a visitor: gzip bytes of its bundle without the tile layer (a chunk loaded
// only after consent to real tiles), and the median time from being connected to its nine partner towns drawn
// (mock API, no latency), in Debian's Chromium.
import { bundle, measurePage, timing } from './support.mjs';

const runs = Number(process.env.RUNS ?? 15);

const { main, chunks } = await bundle('src/town-map/define.ts', 'town-map');
const tiles = chunks.filter((c) => c.file.startsWith('tile-layer'));
console.log(`town map alone, Lit included: ${main.gzip} bytes gzipped without the tile layer (${tiles.map((c) => `${c.file} ${c.gzip}`).join(', ')} loads on consent)`);

const drawn = await measurePage('bench/town-map-page.ts', runs);
console.log(`connected → 9 towns drawn: ${timing(drawn)}`);
