import { normalizeBasePath } from '../src/lib/base-path.ts';

/** The base path the site is built for: BASE_PATH=/news/ serves it under a sub-path. Read by vite.config.ts and scripts/build.ts. */
export function basePathSetting(env: NodeJS.ProcessEnv = process.env): string {
  return normalizeBasePath(env.BASE_PATH);
}
