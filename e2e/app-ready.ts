/**
 * When the app has taken over the page: it announces it with APP_READY_EVENT
 * (src/app/app-ready.ts), which an init script records before any of the
 * page's own scripts run. Until then the page is the prerendered HTML with
 * index.html's inline controls.
 */
import { expect, type Page } from '@playwright/test';

import { APP_READY_EVENT } from '../src/app/app-ready.ts';

declare global {
  interface Window {
    /** performance.now() when the app announced it had taken over. */
    e2eAppReadyAt?: number;
  }
}

export async function watchAppReady(page: Page): Promise<void> {
  await page.addInitScript((eventName) => {
    document.addEventListener(eventName, () => {
      window.e2eAppReadyAt ??= performance.now();
    });
  }, APP_READY_EVENT);
}

/** Waits for the app to have started; call watchAppReady before the page loads. */
export async function waitForApp(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.e2eAppReadyAt !== undefined)).toBe(true);
}

export function appIsRunning(page: Page): Promise<boolean> {
  return page.evaluate(() => window.e2eAppReadyAt !== undefined);
}
