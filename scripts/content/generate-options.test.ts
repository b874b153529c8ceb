import path from 'node:path';

import { expect, test } from 'vitest';

import { DEFAULT_SEED } from './generate-corpus.ts';
import { parseGenerateOptions, UsageError } from './generate-options.ts';

test('bad arguments are refused, each with what is wrong', () => {
  const cases: [string[], string][] = [
    [['--out', '/tmp/x'], '--articles is required'],
    [['--articles', '10'], '--out is required'],
    [['--articles', '0', '--out', '/tmp/x'], '--articles must be an integer of at least 1, not "0"'],
    [['--articles', '1e3', '--out', '/tmp/x'], '--articles must be an integer of at least 1, not "1e3"'],
    [['--articles', '10', '--out', '/tmp/x', '--seed=-1'], '--seed must be an integer from 0 to 4294967295'],
    [['--articles', '10', '--out', '/tmp/x', '--bogus'], "Unknown option '--bogus'"],
    [['--articles', '10', '--out', '/tmp/x', '--vocabulary', 'latin'], '--vocabulary must be one of placeholder, real'],
  ];
  for (const [args, message] of cases) {
    expect(() => parseGenerateOptions(args), args.join(' ')).toThrow(UsageError);
    expect(() => parseGenerateOptions(args), args.join(' ')).toThrow(message);
  }
  expect(parseGenerateOptions(['--articles', '10', '--out', 'x', '--vocabulary', 'real', '--force'])).toEqual({
    articles: 10,
    out: path.resolve('x'),
    seed: DEFAULT_SEED,
    vocabulary: 'real',
    force: true,
  });
  expect(parseGenerateOptions(['--help'])).toBe('help');
});
