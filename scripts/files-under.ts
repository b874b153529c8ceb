import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (links included, folders not), relative to it, in a stable order; none if it is absent. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
