/**
 * Turns zod's issues into the content format's messages: plain words, the
 * wrong value quoted, one line per problem.
 */
import type { z } from 'zod';

import {
  BLOCK_TYPES,
  HeadingBlockSchema,
  ImageBlockSchema,
  ListBlockSchema,
  QuoteBlockSchema,
} from '../../src/lib/content/schema.ts';
import { formatJsonPath, quote, type Problem } from './problem.ts';

const BLOCK_SCHEMAS = {
  heading: HeadingBlockSchema,
  quote: QuoteBlockSchema,
  list: ListBlockSchema,
  image: ImageBlockSchema,
} as const;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function isBlockType(value: unknown): value is (typeof BLOCK_TYPES)[number] {
  return BLOCK_TYPES.some((type) => type === value);
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'array' || expected === 'object' || expected === 'integer') return `an ${expected}`;
  return `a ${expected}`;
}

/** A body block that matched neither a paragraph nor a known block type. */
function blockProblems(file: string, path: readonly PropertyKey[], block: unknown): Problem[] {
  const at = formatJsonPath(path);
  if (block === null || typeof block !== 'object' || Array.isArray(block)) {
    return [{ file, path: at, message: `expected a paragraph (a string) or a block object, got ${quote(block)}` }];
  }
  const type: unknown = Reflect.get(block, 'type');
  if (type === undefined) return [{ file, path: at, message: 'block has no "type"' }];
  if (!isBlockType(type)) return [{ file, path: at, message: `unknown block type ${quote(type)}` }];
  const result = BLOCK_SCHEMAS[type].safeParse(block);
  return result.success ? [] : zodProblems(file, result.error.issues, block, path);
}

export function zodProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...issue.path];
    const at = formatJsonPath(path);
    const value = valueAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        if (value === undefined) return [{ file, path: at, message: 'required field is missing' }];
        return [{ file, path: at, message: `expected ${article(issue.expected)}, got ${quote(value)}` }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ file, path: at, message: `unknown field ${quote(key)}` }));
      case 'invalid_union':
        return blockProblems(file, path, value);
      case 'invalid_value':
        return [{ file, path: at, message: `expected ${issue.values.map(quote).join(' or ')}, got ${quote(value)}` }];
      default:
        return [{ file, path: at, message: issue.message }];
    }
  });
}
