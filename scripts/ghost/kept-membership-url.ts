/**
 * The `membershipUrl` an editor set by hand in the folder an import replaces. Ghost has nothing to give it from
 * (its sign-up lives in Portal) and the report asks for it to be set, so an import that dropped it would undo
 * that work on every run. site.json is read as the content check reads it, and the field is checked with
 * SiteSchema's own rule before it is kept.
 */
import path from 'node:path';

import { checkSiteFile } from '../content/content-file.ts';
import { field } from '../content/raw-json.ts';
import { SiteSchema } from '../../src/build/content/schema.ts';

export type KeptMembershipUrl = { url: string | null; message: string | null };

/** The membershipUrl of `out`'s site.json and a report line, or neither when it has none (or no site.json). */
export function keptMembershipUrl(out: string): KeptMembershipUrl {
  const file = path.join(out, 'site.json');
  const raw = field(checkSiteFile(out).raw, 'membershipUrl');
  if (raw === undefined) return { url: null, message: null };
  // Only the field is checked: the rest of that site.json is replaced anyway, and may fail for other reasons.
  const checked = SiteSchema.shape.membershipUrl.safeParse(raw);
  if (checked.success && checked.data !== undefined)
    return { url: checked.data, message: `membershipUrl ${JSON.stringify(checked.data)} kept from ${file}` };
  const why = checked.error?.issues[0]?.message ?? 'not a string';
  return { url: null, message: `membershipUrl ${JSON.stringify(raw)} in ${file} not kept: ${why}` };
}
