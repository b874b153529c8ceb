/**
 * `npm run test:browsers`: makes sure the e2e suite has a Chromium. Uses a
 * system Chromium when there is one; otherwise installs Playwright's own
 * (a no-op when it is already installed).
 */
import { execFileSync } from 'node:child_process';

import { systemChromium } from './browser.ts';

const system = systemChromium();
if (system === undefined) {
  console.log('No system Chromium found: installing Playwright’s Chromium.');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
} else {
  console.log(`Using system Chromium at ${system}.`);
}
