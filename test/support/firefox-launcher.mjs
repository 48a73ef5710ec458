// Firefox ESR for the browser suite: Debian's build driven by Puppeteer over WebDriver BiDi through
// @web/test-runner-chrome's launcher (Playwright's Firefox needs its own patched build, geckodriver is not
// packaged). See ../shared/TESTING.md.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';

/** Key names the tests use that Firefox's BiDi keyboard does not know, and what it knows them as. */
const keyNames = { Space: ' ' };
const known = (key) => keyNames[key] ?? key;

/** The page's keyboard with the names above translated, so a test presses "Space" in every browser. */
function translatedKeyboard(keyboard) {
  return new Proxy(keyboard, {
    get(target, property) {
      if (property === 'press' || property === 'down' || property === 'up') return (key, options) => target[property](known(key), options);
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function firefoxLauncher() {
  const launcher = chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } });
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    return new Proxy(page, {
      get(target, property) {
        if (property === 'keyboard') return translatedKeyboard(target.keyboard);
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return launcher;
}
