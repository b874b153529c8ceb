/**
 * `content:generate`'s arguments (scripts/generate-content.ts), read without side effects so that every refusal
 * can be tested in-process rather than by starting the script once per case.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULT_SEED, VOCABULARIES, type Vocabulary } from './generate-corpus.ts';

/** A mistake in the arguments: the script prints it with the usage. */
export class UsageError extends Error {}

function parsed(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        vocabulary: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown options and missing values.
    if (error instanceof TypeError && 'code' in error) throw new UsageError(error.message);
    throw error;
  }
}

function parseInteger(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new UsageError(`--${name} must be ${range}, not ${JSON.stringify(value)}`);
  }
  return number;
}

export type GenerateOptions = { articles: number; out: string; seed: number; vocabulary: Vocabulary; force: boolean };

function parseVocabulary(value: string | undefined): Vocabulary {
  if (value === undefined) return 'placeholder';
  const found = VOCABULARIES.find((kind) => kind === value);
  if (found === undefined) {
    throw new UsageError(`--vocabulary must be one of ${VOCABULARIES.join(', ')}, not ${JSON.stringify(value)}`);
  }
  return found;
}

/** The options in `args`, or 'help'; a UsageError names the first mistake. */
export function parseGenerateOptions(args: string[]): GenerateOptions | 'help' {
  const { values } = parsed(args);
  if (values.help) return 'help';
  if (values.articles === undefined) throw new UsageError('--articles is required');
  if (values.out === undefined || values.out === '') throw new UsageError('--out is required');
  return {
    articles: parseInteger('articles', values.articles, 1, Number.MAX_SAFE_INTEGER),
    out: path.resolve(values.out),
    seed: values.seed === undefined ? DEFAULT_SEED : parseInteger('seed', values.seed, 0, 0xffffffff),
    vocabulary: parseVocabulary(values.vocabulary),
    force: values.force,
  };
}
