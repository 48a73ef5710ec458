// What an npm user gets from the package: every `exports` target exists with its declarations, the class entries
// register nothing, the define entries register their tag and type it in HTMLElementTagNameMap, and the files a
// publish would ship are the built ones. Run after `npm run build` (`npm run test:e2e` does both).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const widgets = ['job-list', 'town-map', 'contact-form', 'commute-finder'];

/** The module's own code and what it imports from this package, transitively, without Lit. */
function ownSource(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const imported = [...text.matchAll(/from\s+'(\.[^']+)'/g)].map(([, specifier]) => ownSource(join(file, '..', specifier), seen));
  return [text, ...imported].join('\n');
}

describe('the npm package', () => {
  test('every export target exists, with declarations beside the modules', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) assert.ok(existsSync(join(root, file)), `${subpath} → ${file} is missing`);
    }
    assert.ok(existsSync(join(root, pkg.types)));
    assert.ok(existsSync(join(root, pkg.customElements)));
  });

  test('each widget has a class entry and a define entry; only the define entry registers the tag', () => {
    for (const widget of widgets) {
      const classEntry = pkg.exports[`./${widget}`];
      const defineEntry = pkg.exports[`./${widget}/define`];
      assert.ok(classEntry && defineEntry, `${widget}: both entries are exported`);
      assert.doesNotMatch(ownSource(join(root, classEntry.default)), /defineElement\(|customElements\.define\(/, `${widget}: the class entry registers a tag`);
      assert.match(readFileSync(join(root, defineEntry.default), 'utf8'), new RegExp(`defineElement\\('wr-${widget}'`));
      assert.match(readFileSync(join(root, defineEntry.types), 'utf8'), new RegExp(`HTMLElementTagNameMap[\\s\\S]*'wr-${widget}'`));
    }
  });

  test('the main entry offers the classes, configure() and the events, and registers nothing', () => {
    const main = readFileSync(join(root, pkg.exports['.'].default), 'utf8');
    for (const name of ['configure', 'VERSION', 'JobList', 'TownMap', 'ContactForm', 'CommuteFinder']) assert.match(main, new RegExp(`\\b${name}\\b`));
    assert.doesNotMatch(ownSource(join(root, pkg.exports['.'].default)), /defineElement\(|customElements\.define\(/);
    assert.match(ownSource(join(root, pkg.exports['.'].default)), /PartnerSelectEvent/);
  });

  test('the side-effect list keeps the define modules, so bundlers do not drop them', () => {
    for (const pattern of ['./lib/src/*/define.js', './src/*/define.ts']) assert.ok(pkg.sideEffects.includes(pattern), pattern);
  });

  test('the script-tag files are built: the bundle, the loader and one file per widget', () => {
    for (const file of ['wr-widgets.js', 'wr-loader.js', ...widgets.map((widget) => `${widget}.js`)]) {
      assert.ok(existsSync(join(root, 'dist', file)), `dist/${file}`);
    }
  });
});
