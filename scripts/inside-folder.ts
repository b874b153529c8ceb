/** Whether a path is a folder or lies under it, after `..` is resolved: the guard for every path built from input or given on a command line. */
import path from 'node:path';

/** True when `other` is `folder` itself or anything under it. */
export function isInsideFolder(folder: string, other: string): boolean {
  const relative = path.relative(folder, other);
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}
