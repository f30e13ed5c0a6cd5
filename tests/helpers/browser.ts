import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell) where it is installed, else
 * Debian's chromium; CHROMIUM_PATH names another. The shell is the same Chromium (same Blink, V8
 * and fonts) without the browser's windows, and what Playwright itself runs headless tests in: a
 * new browser context costs it half the CPU, a page load a third less, measured on Chromium 156.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/**
 * Context options for pages that test anything but offline use: without them, the service worker
 * saves every page of the site in the background of each new context, and slows what is measured.
 */
export const WITHOUT_SERVICE_WORKER = { serviceWorkers: 'block' } as const;

/** "Chromium 150.0.7871.100 built on Debian ...": which browser decided a pass, for the test log. */
export function getChromiumVersion(): string {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH}`;
  return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** True when fontconfig has a font for Korean and for Japanese: without them Chromium draws boxes of the wrong width. */
export function hasCjkFonts(): boolean {
  try {
    return ['ko', 'ja'].every((lang) => execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim() !== '');
  } catch {
    return false;
  }
}

/**
 * Features Chromium starts without. Playwright turns its own list off with one --disable-features
 * switch, and Chromium reads only the last such switch: playwright-core 1.65's list is repeated
 * here, ours after it.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // Chromium 156 builds the address bar's drop-down as two web pages in every new window, and in
  // headless every browser context is one: about 2 CPU-seconds each, measured, which no test looks at.
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

/** How a browser is launched. */
export interface LaunchOptions {
  /**
   * Compile the pages' scripts for speed, with V8's optimizing tiers (Maglev, TurboFan), as a
   * reader's browser does: for measuring speed (the bench). Tests run without them: a test page's
   * scripts run for a few milliseconds, and optimizing them cost more CPU than it saved (axe on a
   * page, light and dark: 1.1 CPU-seconds with them, 0.8 without, measured).
   */
  optimizeScripts?: boolean;
}

/**
 * Launches headless Chromium. Without a browser, or without fonts for Hangul and kana (the tests
 * measure and audit Korean and Japanese pages), the tests fail with how to get them: a browser
 * test that silently passes would hide a broken UI.
 */
export async function launchBrowser({ optimizeScripts = false }: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's: sudo apt-get update && sudo apt-get install -y chromium-headless-shell fonts-noto-cjk ` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
  if (!hasCjkFonts()) {
    throw new Error(
      'No font for Korean and Japanese: Chromium would draw Hangul and kana as boxes of the wrong width. ' +
        "Install Debian's: sudo apt-get install -y fonts-noto-cjk",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // The machine's closed network refuses Chromium's background calls by the dozen; do not make them.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
      ...(optimizeScripts ? [] : ['--js-flags=--no-opt --no-maglev']),
    ],
  });
}
