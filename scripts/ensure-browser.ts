/**
 * `npm run test:browsers`: makes sure the e2e suite has a Chromium. Uses a
 * system Chromium when there is one; otherwise installs Playwright's own,
 * the full browser and its headless shell (a no-op when they are installed).
 */
import { execFileSync } from 'node:child_process';

import { chromiumLaunchOptions, systemChromium } from './browser.ts';

const system = systemChromium();
if (system === undefined) {
  console.log('No system Chromium found: installing Playwright’s Chromium.');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
} else {
  const shell = chromiumLaunchOptions('headless shell').executablePath;
  console.log(
    shell === system
      ? `Using system Chromium at ${system}, also for the tests that could run in its headless shell (chromium-headless-shell would take about half the time).`
      : `Using system Chromium at ${system}, and its headless shell at ${shell}.`,
  );
}
