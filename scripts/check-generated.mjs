// Fails `npm test` when a generated file no longer matches its source: the element manifest (from the JSDoc),
// the client's API types (from api/openapi.yaml), the version the widgets report (from package.json), and the
// designers' reference in README.md (from the manifest), and the README's snippet with the bundle's integrity hash.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReference, withReference } from './readme-reference.mjs';
import { buildBundle, snippetSection, withSnippet } from './release-snippet.mjs';

// Inside the project: the manifest analyzer takes its --outdir relative to the working directory.
mkdirSync('node_modules/.cache', { recursive: true });
const scratch = mkdtempSync('node_modules/.cache/wr-generated-');
const problems = [];

function compare(committed, fresh, fix) {
  const normalise = (text) => text.replace(/\r\n/g, '\n').trim();
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (normalise(current) !== normalise(readFileSync(fresh, 'utf8'))) problems.push(`${committed} is stale: run \`${fix}\` and commit it.`);
}

try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', scratch], { stdio: 'pipe' });
  compare('custom-elements.json', join(scratch, 'custom-elements.json'), 'npm run manifest');

  execFileSync('npx', ['openapi-typescript', 'api/openapi.yaml', '-o', join(scratch, 'api-types.ts')], { stdio: 'pipe' });
  compare('domain/src/contract/api-types.ts', join(scratch, 'api-types.ts'), 'npm run api:types');

  // From the freshly generated manifest, so a JSDoc change shows up here too.
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
  try {
    writeFileSync(join(scratch, 'README.md'), withReference(readme, renderReference(manifest)));
    compare('README.md', join(scratch, 'README.md'), 'npm run manifest && npm run docs');
  } catch (error) {
    problems.push(error.message);
  }

  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  if (!readFileSync('src/core/version.ts', 'utf8').includes(`'${version}'`)) problems.push(`src/core/version.ts does not say ${version}, the version in package.json.`);

  if (readme !== withSnippet(readme, snippetSection(await buildBundle(), version))) {
    problems.push('README.md: the snippet\'s integrity hash is not the bundle\'s: run `npm run docs` and commit it.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Generated files are up to date.');
