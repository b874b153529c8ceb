/**
 * Reads the importer's input files and tells, by shape, what each is: a Ghost Admin export (`{"db": [{"meta",
 * "data"}]}`), or a Content API response (`{"posts": …}`, `{"pages": …}`, `{"settings": …}`). A file that is none
 * of these, or not JSON, gives `<input>: <JSON path>: <what>` problems.
 */
import { readFileSync } from 'node:fs';

import type { z } from 'zod';

import { formatJsonPath, quote } from '../content/problem.ts';
import { field, items } from '../content/raw-json.ts';
import {
  AdminExportSchema,
  ApiPagesSchema,
  ApiPostsSchema,
  ApiSettingsSchema,
  type ApiPost,
  type ExportData,
} from './ghost-schemas.ts';

export type InputFile =
  | { input: string; kind: 'admin-export'; databases: ExportData[] }
  | { input: string; kind: 'api-posts'; posts: ApiPost[] }
  | { input: string; kind: 'api-pages'; pages: ApiPost[] }
  | { input: string; kind: 'api-settings'; settings: z.output<typeof ApiSettingsSchema>['settings'] };

export type ReadResult = { ok: true; file: InputFile } | { ok: false; problems: string[] };

/** The raw value at a zod issue's path, read with the content check's own raw-JSON helpers. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (typeof key === 'number' ? items(current)[key] : field(current, String(key))),
    root,
  );
}

function describe(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'required field is missing';
    return `expected ${issue.expected}, got ${quote(value)}`;
  }
  if (issue.code === 'invalid_union') return `unexpected value ${quote(value)}`;
  return issue.message;
}

/** One `<input>: <JSON path>: <what>` line per issue. */
export function issueLines(input: string, issues: readonly z.core.$ZodIssue[], root: unknown): string[] {
  return issues.map((issue) => `${input}: ${formatJsonPath(issue.path)}: ${describe(issue, root)}`);
}

function parseAs<T extends z.ZodType>(
  schema: T,
  input: string,
  value: unknown,
): { ok: true; data: z.output<T> } | { ok: false; problems: string[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: issueLines(input, result.error.issues, value) };
}

/** What the parsed JSON of one input is, by its top-level fields. */
export function detectInput(input: string, value: unknown): ReadResult {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject) {
    return {
      ok: false,
      problems: [`${input}: (root): expected a Ghost export or Content API response, got ${quote(value)}`],
    };
  }
  if (field(value, 'db') !== undefined) {
    const parsed = parseAs(AdminExportSchema, input, value);
    return parsed.ok
      ? { ok: true, file: { input, kind: 'admin-export', databases: parsed.data.db.map((db) => db.data) } }
      : parsed;
  }
  // Some tools save the export's single database without the `db` array around it.
  if (field(value, 'data') !== undefined && field(value, 'meta') !== undefined) {
    const parsed = parseAs(AdminExportSchema.shape.db.element, input, value);
    return parsed.ok ? { ok: true, file: { input, kind: 'admin-export', databases: [parsed.data.data] } } : parsed;
  }
  if (field(value, 'posts') !== undefined) {
    const parsed = parseAs(ApiPostsSchema, input, value);
    return parsed.ok ? { ok: true, file: { input, kind: 'api-posts', posts: parsed.data.posts } } : parsed;
  }
  if (field(value, 'pages') !== undefined) {
    const parsed = parseAs(ApiPagesSchema, input, value);
    return parsed.ok ? { ok: true, file: { input, kind: 'api-pages', pages: parsed.data.pages } } : parsed;
  }
  if (field(value, 'settings') !== undefined) {
    const parsed = parseAs(ApiSettingsSchema, input, value);
    return parsed.ok ? { ok: true, file: { input, kind: 'api-settings', settings: parsed.data.settings } } : parsed;
  }
  return {
    ok: false,
    problems: [
      `${input}: (root): neither a Ghost Admin export ({"db": [...]}) nor a Content API response ({"posts": [...]}, {"pages": [...]} or {"settings": {...}})`,
    ],
  };
}

/** Reads and detects one input file. */
export function readInput(input: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(input, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    const what =
      code === 'ENOENT'
        ? 'file is missing'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot be read (${code})`;
    return { ok: false, problems: [`${input}: (root): ${what}`] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${input}: (root): invalid JSON: ${reason}`] };
  }
  return detectInput(input, value);
}
