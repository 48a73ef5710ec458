// Writes the README's snippet for the all-in-one bundle with its Subresource Integrity hash, between the markers
// `<!-- generated:snippet:start -->` and `<!-- generated:snippet:end -->`. The hash is of the bundle as this
// source builds it, so any change to the widgets changes it: `npm run docs` writes it, `npm test` checks it.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const snippetMarkers = ['<!-- generated:snippet:start -->', '<!-- generated:snippet:end -->'];

/** Builds the bundle exactly as `npm run build` does, into a scratch folder; returns its bytes. */
export async function buildBundle() {
  mkdirSync('node_modules/.cache', { recursive: true });
  const scratch = mkdtempSync('node_modules/.cache/wr-bundle-');
  try {
    await build({ logLevel: 'silent', mode: 'production', build: { outDir: scratch, emptyOutDir: true } });
    return readFileSync(join(scratch, 'wr-widgets.js'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function snippetSection(bundle, version) {
  const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
  return `${snippetMarkers[0]}
\`\`\`html
<script type="module" src="https://REGION-SERVER/widgets/${version}/wr-widgets.js" integrity="${integrity}" crossorigin="anonymous" data-api="https://REGION-SERVER/v1"></script>
\`\`\`
${snippetMarkers[1]}`;
}

/** The README with its snippet section replaced; throws when the markers are missing. */
export function withSnippet(readme, section) {
  const [start, end] = snippetMarkers.map((marker) => readme.indexOf(marker));
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${snippetMarkers.join(' … ')}`);
  return readme.slice(0, start) + section + readme.slice(end + snippetMarkers[1].length);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withSnippet(readme, snippetSection(await buildBundle(), version)));
  console.log('README.md: snippet with the bundle\'s integrity hash written.');
}
