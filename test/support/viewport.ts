import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sizes the test page's viewport in every browser the suite runs in; web-test-runner's own `setViewport` knows
 * Playwright and Puppeteer only (see test/support/viewport-plugin.mjs). Rejects when the browser cannot give the
 * size, as WebKitGTK's window cannot go below about 447 px.
 */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('wr-set-viewport', viewport);
}
