/**
 * Which Chromium to drive: a system Chromium when there is one (CI and
 * machines where Playwright cannot download its own), otherwise the one
 * `npx playwright install chromium` put in Playwright's cache.
 */
import { existsSync } from 'node:fs';

import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function systemChromium(): string | undefined {
  const configured = process.env.CHROME_PATH;
  if (configured !== undefined && configured !== '' && existsSync(configured)) return configured;
  return SYSTEM_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
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

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = systemChromium();
  return executablePath === undefined ? {} : { executablePath, args: SYSTEM_CHROMIUM_ARGS };
}
