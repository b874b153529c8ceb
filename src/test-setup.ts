import { afterEach } from 'vitest';

// Only DOM tests (`// @vitest-environment jsdom`) need Testing Library and its matchers; loading them into every
// pure test file cost the unit suite about a tenth of its time.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
}
