/** The types of what eslint.config.js exports for scripts/boundaries.test.ts. */
import type { Linter } from 'eslint';

export declare const boundaryConfig: Linter.Config[];
declare const config: Linter.Config[];
export default config;
