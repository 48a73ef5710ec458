// Prints the gzip -9 bytes a visitor downloads, from a release build made the way `npm run build` makes it:
// - the loader alone, and what a page pays through it for one widget or several (the loader, the widget files and
//   the chunks they import; lazy chunks apart, as they load only when used);
// - every widget in one file (`wr-widgets.js`), and the three of issue 8's budget (job list, map, form) in one file;
// - the form controls of Shoelace, a widely used web-component library, bundled in the same run the same way, as a
//   yardstick: input, textarea, select with options, checkbox, radio group, button. Lit is inside both;
// - what each source module contributes to the page with the job list, the map and the form (from the builds'
//   source maps: its minified bytes, and its share of its file's gzip bytes).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { build } from 'vite';
import { bundle } from './support.mjs';

const budget = 21 * 1024; // issue 8: all three together, Lit included, under 21 KiB gzipped
const loaderBudget = 1.5 * 1024;
const out = mkdtempSync(join(tmpdir(), 'wr-sizes-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));

await build({ logLevel: 'silent', mode: 'production', build: { outDir: out, emptyOutDir: true, sourcemap: true } });
await build({ logLevel: 'silent', mode: 'elements', build: { outDir: out, emptyOutDir: false, sourcemap: true } });

const files = new Map();
(function collect(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) collect(path);
    else if (entry.name.endsWith('.js')) {
      const text = readFileSync(path, 'utf8');
      files.set(relative(out, path), { text, gzip: gzipSync(text, { level: 9 }).length, map: `${path}.map` });
    }
  }
})(out);

/** A file and every file it imports statically: what the browser must fetch before the file runs. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of files.get(file).text.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.[^"'`]+)["'`]/g)) {
    closure(join(file, '..', specifier), seen);
  }
  return seen;
}
const lazy = [...files.keys()].filter((file) => /^chunks\/(en|tile-layer|altcha-solver|suggestions|job-details)-/.test(file));
const sum = (names) => [...names].reduce((total, name) => total + files.get(name).gzip, 0);
const kb = (bytes) => `${bytes.toLocaleString('en')} B`;

const loader = files.get('wr-loader.js').gzip;
console.log(`loader alone (wr-loader.js): ${kb(loader)}, budget ${kb(loaderBudget)}: ${loader <= loaderBudget ? 'under' : 'OVER'}`);

const pages = [
  ['job list', ['job-list.js']],
  ['town map', ['town-map.js']],
  ['contact form', ['contact-form.js']],
  ['commute finder', ['commute-finder.js']],
  ['job list + map + form', ['job-list.js', 'town-map.js', 'contact-form.js']],
  ['all four', ['job-list.js', 'town-map.js', 'contact-form.js', 'commute-finder.js']],
];
const pageFiles = new Map();
for (const [label, widgetFiles] of pages) {
  const needed = new Set(['wr-loader.js']);
  for (const file of widgetFiles) closure(file, needed);
  pageFiles.set(label, needed);
  console.log(`through the loader, a page with ${label}: ${kb(sum(needed))} in ${needed.size} files`);
}

console.log(`wr-widgets.js (all four widgets in one file): ${kb(files.get('wr-widgets.js').gzip)}`);
// Both builds have their own copy of each lazy chunk: show one of each. English comes as the shared texts plus
// one chunk per widget, counted from the bundle's own imports.
const lazyNamed = new Map();
for (const file of lazy) {
  const name = file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');
  lazyNamed.set(name, [...(lazyNamed.get(name) ?? []), files.get(file).gzip]);
}
const english = new Set([...files.get('wr-widgets.js').text.matchAll(/import\(`\.\/(chunks\/en-[^`]+)`\)/g)].map(([, file]) => file));
console.log(`lazy, only when used: ${[...lazyNamed].filter(([name]) => name !== 'en').map(([name, sizes]) => `${name} ${kb(sizes[0])}`).join(', ')}` +
  `; English texts ${kb(sum(english))} for all widgets (${english.size} chunks)`);

// The three widgets of the budget in one file, built like wr-widgets.js.
mkdirSync('node_modules/.cache', { recursive: true });
const threeEntry = join('node_modules/.cache', 'wr-three-widgets.ts');
writeFileSync(threeEntry, ['job-list', 'town-map', 'contact-form'].map((name) => `import '../../src/${name}/define.ts';`).join('\n'));
const three = (await bundle(threeEntry, 'three')).main.gzip;
console.log(`job list + map + form in one file, Lit included: ${kb(three)}; budget ${kb(budget)}: ${three <= budget ? 'under' : `over by ${kb(three - budget)}`}`);

// The yardstick: a widely used library's form controls, bundled alike.
const shoelaceEntry = join('node_modules/.cache', 'shoelace-form-controls.js');
const controls = ['input', 'textarea', 'select', 'option', 'checkbox', 'radio-group', 'radio', 'button'];
writeFileSync(shoelaceEntry, controls.map((name) => `import '@shoelace-style/shoelace/dist/components/${name}/${name}.js';`).join('\n'));
try {
  const shoelace = await bundle(shoelaceEntry, 'shoelace');
  const total = shoelace.main.gzip + shoelace.chunks.reduce((all, chunk) => all + chunk.gzip, 0);
  console.log(`Shoelace ${JSON.parse(readFileSync('node_modules/@shoelace-style/shoelace/package.json', 'utf8')).version} form controls (${controls.join(', ')}), Lit included: ${kb(total)}` +
    `; our three widgets are ${(three / total).toFixed(2)}× that`);
} catch (error) {
  console.log(`Shoelace form controls: not measured (${error.message.split('\n')[0]})`);
}

/**
 * Bytes of each source module in the given files: every generated segment is charged to the source its mapping
 * names (unmapped ones to the file itself), and each module gets its share of its file's gzip bytes.
 */
function modulesOf(fileNames) {
  const modules = new Map();
  for (const name of fileNames) {
    const { text, gzip, map } = files.get(name);
    const lines = text.split('\n');
    const segments = [];
    eachMapping(new TraceMap(readFileSync(map, 'utf8')), (segment) => segments.push(segment));
    segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    const charged = new Map();
    const charge = (source, bytes) => charged.set(source, (charged.get(source) ?? 0) + bytes);
    charge(`(${name})`, text.length);
    segments.forEach((segment, index) => {
      const next = segments[index + 1];
      const line = lines[segment.generatedLine - 1] ?? '';
      const end = next?.generatedLine === segment.generatedLine ? next.generatedColumn : line.length;
      const source = segment.source ? segment.source.replace(/^.*?node_modules\//, '').replace(/^.*?\/(src\/)/, '$1') : `(${name})`;
      charge(source, end - segment.generatedColumn);
      charge(`(${name})`, segment.generatedColumn - end);
    });
    for (const [source, bytes] of charged) {
      const entry = modules.get(source) ?? { raw: 0, gzip: 0 };
      entry.raw += bytes;
      entry.gzip += (gzip * bytes) / text.length;
      modules.set(source, entry);
    }
  }
  return [...modules].sort(([, a], [, b]) => b.gzip - a.gzip);
}
const threeModules = modulesOf(pageFiles.get('job list + map + form'));
console.log('\nwhat each module brings to the page with job list + map + form (minified bytes, share of gzip):');
for (const [source, { raw, gzip }] of threeModules) if (gzip >= 100) console.log(`  ${String(Math.round(gzip)).padStart(6)} B gz  ${String(raw).padStart(6)} B  ${source}`);
const small = threeModules.filter(([, { gzip }]) => gzip < 100);
console.log(`  ${String(Math.round(small.reduce((all, [, { gzip }]) => all + gzip, 0))).padStart(6)} B gz  in ${small.length} modules under 100 B each`);
