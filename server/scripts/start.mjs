#!/usr/bin/env node
// `npm start`: builds the widget bundle and the admin page when missing or older than their sources, then runs the server
// (TypeScript through tsx, which works on Node 20) in the current folder, so DATABASE_URL's relative default
// `data/wr.sqlite` lands where `npm start` was run. Signals go to the server, which drains and closes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'dist', 'wr-widgets.js');

function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run <script>` when `output` is missing or older than any of `inputs`. */
function buildWhenStale(output, inputs, script, what) {
  const sources = inputs.map((path) => join(root, path)).filter(existsSync);
  const sourcesChanged = Math.max(...sources.map((path) => (statSync(path).isDirectory() ? newestChange(path) : statSync(path).mtimeMs)));
  if (existsSync(output) && statSync(output).mtimeMs >= sourcesChanged) return;
  console.log(`Building ${what} …`);
  const build = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

buildWhenStale(bundle, ['src', 'package.json', 'vite.config.ts'], 'build', 'the widgets (dist/wr-widgets.js)');
// The admin page shares src/core with the widgets, so any change under src/ counts.
buildWhenStale(join(root, 'dist-admin', 'index.html'), ['src', 'admin', 'package.json', 'vite.admin.config.ts'], 'build:admin', 'the admin page (dist-admin/)');

const server = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'server', 'src', 'main.ts')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
