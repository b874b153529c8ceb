/**
 * Which Chromium to drive: a system Chromium when there is one (CI and
 * machines where Playwright cannot download its own), otherwise the one
 * `npx playwright install chromium` put in Playwright's cache.
 *
 * Chromium comes in two builds. The full browser is what readers run. The
 * headless shell (Chromium's old headless mode, a binary of its own) renders
 * the same pages with Blink but none of the browser around it, and runs the
 * suite in about half the time. It differs where a test looks at what the
 * browser fetches: it loads `loading="lazy"` images at once and never asks
 * for a favicon. Playwright itself runs headless tests in the shell.
 */
import { existsSync } from 'node:fs';

import type { LaunchOptions } from '@playwright/test';

export type ChromiumBuild = 'full browser' | 'headless shell';

const SYSTEM_PATHS: Record<ChromiumBuild, readonly string[]> = {
  'full browser': ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  'headless shell': ['/usr/bin/chromium-headless-shell', '/usr/bin/chrome-headless-shell'],
};

/** The system's full Chromium: `CHROME_PATH` when it names a file, else the first of the usual paths. */
export function systemChromium(): string | undefined {
  const configured = process.env.CHROME_PATH;
  if (configured !== undefined && configured !== '' && existsSync(configured)) return configured;
  return SYSTEM_PATHS['full browser'].find((candidate) => existsSync(candidate));
}

function systemHeadlessShell(): string | undefined {
  return SYSTEM_PATHS['headless shell'].find((candidate) => existsSync(candidate));
}

/** Flags that keep a system Chromium quiet on a machine without a network or a sandbox. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * How to launch `build`: the system's own when there is one; for the shell, the system's full browser when the
 * system has no shell (slower, never wrong); otherwise Playwright's download of that build (its `chromium`
 * channel is the full browser, and its default for a headless launch the shell).
 */
export function chromiumLaunchOptions(build: ChromiumBuild = 'full browser'): LaunchOptions {
  const executablePath = (build === 'headless shell' ? systemHeadlessShell() : undefined) ?? systemChromium();
  if (executablePath !== undefined) return { executablePath, args: SYSTEM_CHROMIUM_ARGS };
  return build === 'full browser' ? { channel: 'chromium' } : {};
}
