// `wr-set-viewport`: web-test-runner's own set-viewport command knows Playwright and Puppeteer only; this one also
// sizes the WebKit launcher's window (test/support/webkit-launcher.mjs). Called through test/support/viewport.ts.
export const viewportPlugin = {
  name: 'wr-set-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'wr-set-viewport') return undefined;
    const { width, height } = payload;
    if (session.browser.type === 'playwright') {
      await session.browser.getPage(session.id).setViewportSize({ width, height });
    } else if (session.browser.type === 'puppeteer') {
      await session.browser.getPage(session.id).setViewport({ width, height });
    } else if (typeof session.browser.setViewport === 'function') {
      await session.browser.setViewport(session.id, { width, height });
    } else {
      throw new Error(`Setting the viewport is not supported for ${session.browser.name}`);
    }
    return true;
  },
};
