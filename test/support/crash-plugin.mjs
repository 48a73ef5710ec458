// `wr-crash-webkit`: kills the WebProcess of the WebKit launcher's MiniBrowser, as a crash would, for the test of
// scripts/browser-tests.mjs (test/tooling/). Only when WR_CRASH_MARKER names a file: without the file it crashes
// and writes it (so the second run passes); with WR_CRASH_ALWAYS=1 it crashes every time.
import { existsSync, writeFileSync } from 'node:fs';

export const crashPlugin = {
  name: 'wr-crash-webkit',
  async executeCommand({ command, session }) {
    if (command !== 'wr-crash-webkit') return undefined;
    const marker = process.env.WR_CRASH_MARKER;
    if (!marker) throw new Error('wr-crash-webkit is for test/tooling only (WR_CRASH_MARKER is not set)');
    if (typeof session.browser.killWebProcess !== 'function') throw new Error(`${session.browser.name} has no WebProcess to kill`);
    if (existsSync(marker) && process.env.WR_CRASH_ALWAYS !== '1') return false;
    writeFileSync(marker, 'crashed\n');
    await session.browser.killWebProcess();
    return true;
  },
};
