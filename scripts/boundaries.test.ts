/**
 * The module boundaries are lint rules (eslint.config.js): a file that
 * breaks each one fails lint, and the files that keep them pass.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { expect, test } from 'vitest';

import { boundaryConfig } from '../eslint.config.js';

const root = path.resolve(import.meta.dirname, '..');

function linter(cwd: string): ESLint {
  const parser: Linter.Config = { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } };
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [parser, ...boundaryConfig] });
}

/** The rules `code` breaks as the file `file` (relative to the project; it need not exist). */
async function broken(file: string, code: string, cwd = root): Promise<string[]> {
  const [result] = await linter(cwd).lintText(code, { filePath: path.join(cwd, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const RESTRICTED = 'import-x/no-restricted-paths';

test('a shared component never imports a feature', async () => {
  expect(
    await broken(
      'src/components/bad.tsx',
      "import { SearchBox } from '../features/search/search-box.tsx';\nSearchBox;",
    ),
  ).toEqual([RESTRICTED]);
});

test('a feature never imports another feature’s files', async () => {
  expect(
    await broken('src/features/articles/bad.ts', "import { runSearch } from '../search/run-search.ts';\nrunSearch;"),
  ).toEqual([RESTRICTED]);
  // Its own files are its own.
  expect(
    await broken('src/features/search/fine.ts', "import { runSearch } from './run-search.ts';\nrunSearch;"),
  ).toEqual([]);
});

test('lib never imports a view', async () => {
  expect(
    await broken(
      'src/lib/bad.ts',
      "import { ArticlePage } from '../features/articles/article-page.tsx';\nArticlePage;",
    ),
  ).toEqual([RESTRICTED]);
});

test('code that ships to readers never imports build-only code; tests of it may', async () => {
  const importSchema = "import { ArticleSchema } from '../../build/content/schema.ts';\nArticleSchema;";
  expect(await broken('src/features/search/bad.ts', importSchema)).toEqual([RESTRICTED]);
  expect(await broken('src/lib/content/bad.ts', importSchema)).toEqual([RESTRICTED]);
  expect(await broken('src/lib/content/fine.test.ts', importSchema)).toEqual([]);
  expect(
    await broken('src/components/bad.tsx', "import { feedPaths } from '../../scripts/feeds.ts';\nfeedPaths;"),
  ).toEqual([RESTRICTED]);
});

test('a test is held to the other boundaries all the same', async () => {
  expect(
    await broken(
      'src/features/articles/bad.test.ts',
      "import { runSearch } from '../search/run-search.ts';\nrunSearch;",
    ),
  ).toEqual([RESTRICTED]);
});

test('an import cycle is an error', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-cycle-'));
  try {
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(path.join(dir, 'scripts/b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
    writeFileSync(path.join(dir, 'scripts/c.ts'), 'export const c = 1;\n');
    const cyclic = "import { b } from './b.ts';\nexport const a = 1;\nb;\n";
    writeFileSync(path.join(dir, 'scripts/a.ts'), cyclic);
    expect(await broken('scripts/a.ts', cyclic, dir)).toEqual(['import-x/no-cycle']);
    expect(await broken('scripts/a.ts', "import { c } from './c.ts';\nexport const a = c;\n", dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
