/**
 * The ports the suite's servers listen on, counted up from E2E_PORT (default 4173). Two checkouts on one
 * machine can then run their suites side by side with different bases; with the same ports, Playwright
 * would reuse (and so test) the other checkout's servers.
 */
const first = Number(process.env.E2E_PORT ?? '4173');
if (!Number.isInteger(first) || first <= 0) throw new Error(`E2E_PORT must be a port number, not ${String(first)}`);

export const PORTS = {
  /** The bundled content, built to dist/ by `npm run build`, on `vite preview`. */
  bundled: first,
  /** The multi-article fixture (e2e/fixture-content), built to dist-fixture/ by `npm run build:fixture`. */
  fixture: first + 1,
  /** dist/ again, from the plain static server (scripts/static-server.ts): no rewrites, no fallback. */
  static: first + 2,
  /** dist-news/ (`npm run build:subpath`, BASE_PATH=/news/) from the plain static server, under /news/. */
  subpath: first + 3,
  /** The script-payload fixture (e2e/payload-content), built to dist-payload/ by `npm run build:payload`. */
  payload: first + 4,
  /** The images journey (photos made by e2e/images/make-content.ts), built to dist-images/ by `npm run build:images`. */
  images: first + 5,
  /** A Ghost 5 export (scripts/ghost/fixtures/ghost-5), imported and built to dist-ghost/ by `npm run build:ghost`. */
  ghost: first + 6,
  /** The dev server that e2e/dev-server.spec.ts starts for itself. */
  devServer: first + 8,
} as const;
