// WebKit for the browser suite: Debian's WebKitGTK MiniBrowser driven by its own WebKitWebDriver over classic
// WebDriver, on a private Xvfb display (MiniBrowser has no headless mode). See ../shared/TESTING.md.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const driverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver's key codes for the named keys the tests press (WebDriver spec, "keyboard actions"). */
const keyCodes = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
};

/** `'Shift+Tab'` → the codes to hold down together; a single character stands for itself. */
function chord(key) {
  const parts = key.length > 1 && key.includes('+') && key !== '+' ? key.split('+') : [key];
  return parts.map((part) => {
    if (part.length === 1) return part;
    const code = keyCodes[part];
    if (!code) throw new Error(`The WebKit launcher does not know the key "${part}"`);
    return code;
  });
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide; without the toolbar's padding and minimum sizes (GTK's
 * own CSS, read from the config folder) it goes down to about 305 px, so the suite's 320 px viewports fit.
 */
const narrowToolbar = '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n';

/** The viewport every test file starts with, as Playwright and Puppeteer give it. */
const usualViewport = { width: 800, height: 600 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and resolves with its number (Xvfb writes it to the given fd). */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    xvfb.once('error', (error) => reject(new Error(`Xvfb could not start (apt-get install xvfb xauth): ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it had a display`)));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ process: xvfb, display: `:${output.trim()}` });
    });
  });
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 20 s');
}

/** The processes below `pid`, with their names, read from /proc (each one's parent is the field after its name). */
async function descendants(pid) {
  const processes = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).flatMap((id) => {
    try {
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
      return [{ pid: Number(id), parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), name: readFileSync(`/proc/${id}/comm`, 'utf8').trim() }];
    } catch {
      return []; // gone meanwhile
    }
  });
  const below = (parent) => processes.filter((entry) => entry.parent === parent).flatMap((child) => [child, ...below(child.pid)]);
  return below(pid);
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: this driver has no BiDi, which webdriverio 9 would otherwise ask for.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    this.xvfb = await startXvfb();
    this.configHome = await mkdtemp(join(tmpdir(), 'wr-webkit-'));
    await mkdir(join(this.configHome, 'gtk-3.0'));
    await writeFile(join(this.configHome, 'gtk-3.0', 'gtk.css'), narrowToolbar);
    await this.startDriver();
  }

  async startDriver() {
    const port = await freePort();
    this.webDriver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: this.xvfb.display, XDG_CONFIG_HOME: this.configHome },
      stdio: 'ignore',
    });
    this.webDriver.once('error', (error) => {
      console.error(`WebKitWebDriver could not start (apt-get install webkit2gtk-driver): ${error.message}`);
    });
    await waitForDriver(port, this.webDriver);
    this.options.port = port;
  }

  /** Whether MiniBrowser still answers: a crashed WebProcess takes the WebDriver session with it. */
  async alive() {
    try {
      await this.driver.getTitle();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A new MiniBrowser (and WebKitWebDriver, if it went too) after the session was lost, so that one crash fails one
   * test file, not every file after it. scripts/browser-tests.mjs runs the crashed file once more and says so.
   */
  async replaceBrowser() {
    console.error('WebKit: the browser session was lost (WebProcess crashed or MiniBrowser quit); the next test file gets a new MiniBrowser.');
    clearInterval(this.pendingHeartbeat);
    await this.driver?.deleteSession().catch(() => {});
    await this.killBrowsers();
    this.driver = undefined;
    this.driverManager = undefined;
    this.viewport = undefined;
    if (this.webDriver.exitCode !== null || this.webDriver.signalCode !== null) await this.startDriver();
    await this.ensureManagerInitialized();
  }

  async stop() {
    await super.stop();
    await this.killBrowsers();
    this.webDriver?.kill();
    this.xvfb?.process.kill();
    if (this.configHome) await rm(this.configHome, { recursive: true, force: true });
  }

  /** Kills the WebProcesses under this launcher's WebKitWebDriver, as a crash would (test/support/crash-plugin.mjs). */
  async killWebProcess() {
    const webProcesses = (await descendants(this.webDriver.pid)).filter((entry) => entry.name.startsWith('WebKitWebProces'));
    if (webProcesses.length === 0) throw new Error('No WebKitWebProcess found under this launcher');
    for (const { pid } of webProcesses) process.kill(pid, 'SIGKILL');
  }

  /** Kills what the driver started (MiniBrowser and its helpers), which a lost session or a killed driver leaves behind. */
  async killBrowsers() {
    if (!this.webDriver) return;
    for (const { pid } of await descendants(this.webDriver.pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }

  /** Each test file starts in a live MiniBrowser at the usual viewport, whatever the one before left. */
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    if (!(await this.alive())) await this.replaceBrowser();
    if (this.viewport !== usualViewport) await this.setViewport(id, usualViewport);
    return super.startSession(id, url);
  }

  async stopSession(id) {
    try {
      return await super.stopSession(id);
    } catch (error) {
      if (!(await this.alive())) await this.replaceBrowser();
      throw error;
    }
  }

  /**
   * One key after another: webdriverio's `keys()` presses all keys down before it lets any go, so a repeated
   * character ("ll") would come out once.
   */
  async sendKeys(_sessionId, keys) {
    const actions = [];
    for (const key of keys) {
      const codes = chord(key);
      for (const code of codes) actions.push({ type: 'keyDown', value: code });
      for (const code of [...codes].reverse()) actions.push({ type: 'keyUp', value: code });
    }
    await this.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await this.driver.releaseActions();
  }

  /** The viewport as far as a window can give it: the window is resized by what its frame takes. */
  async setViewport(_sessionId, { width, height }) {
    const frame = await this.driver.execute('return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]');
    await this.driver.setWindowRect(null, null, width + frame[0], height + frame[1]);
    // Two frames, so that the page has laid itself out at the new size before the test goes on.
    await this.driver.executeAsync('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()))');
    const inner = await this.driver.execute('return [window.innerWidth, window.innerHeight]');
    this.viewport = width === usualViewport.width && height === usualViewport.height ? usualViewport : { width, height };
    if (inner[0] !== width || inner[1] !== height) {
      throw new Error(`WebKitGTK gave a ${inner[0]} × ${inner[1]} viewport for ${width} × ${height} (its window has a minimum size)`);
    }
  }
}

export function webkitLauncher() {
  return new WebKitGtkLauncher();
}
