import { expect, test } from 'vitest';

import { earlyScriptOf, isEarlyScriptFile, withEarlyScript } from './early-script.ts';

const INDEX = [
  '<head>',
  '    <meta charset="UTF-8" />',
  '    <script>theme()</script>',
  '    <script>repair()</script>',
  '    <script type="module" src="/src/app/main.tsx"></script>',
  '</head>',
].join('\n');

test('the early script holds the inline scripts in order, then the start script, named by its content', () => {
  const script = earlyScriptOf(INDEX, ['start()']);
  expect(script.source).toBe('theme();\nrepair();\nstart()\n');
  expect(script.fileName).toMatch(/^assets\/early-[0-9a-f]{8}\.js$/);
  expect(earlyScriptOf(INDEX, ['start()']).fileName).toBe(script.fileName);
  expect(earlyScriptOf(INDEX.replace('theme()', 'theme(1)'), ['start()']).fileName).not.toBe(script.fileName);
  expect(earlyScriptOf(INDEX, ['start(1)']).fileName).not.toBe(script.fileName);
});

test('the built page links the file where its first inline script was, under the base path, with the stylesheet preloaded before it', () => {
  const script = earlyScriptOf(INDEX, ['start()']);
  const built = INDEX.replace(
    '</head>',
    '    <link rel="stylesheet" crossorigin href="/news/assets/style-1.css">\n</head>',
  );
  expect(withEarlyScript(built, script, '/news/')).toBe(
    [
      '<head>',
      '    <meta charset="UTF-8" />',
      '    <link rel="preload" as="style" crossorigin href="/news/assets/style-1.css">',
      `    <script src="/news/${script.fileName}"></script>`,
      '    <script type="module" src="/src/app/main.tsx"></script>',
      '    <link rel="stylesheet" crossorigin href="/news/assets/style-1.css">',
      '</head>',
    ].join('\n'),
  );
});

test('a stylesheet link with its attributes in another order is preloaded too', () => {
  const script = earlyScriptOf(INDEX, ['start()']);
  const built = INDEX.replace('</head>', '    <link crossorigin rel="stylesheet" href="/assets/style-1.css">\n</head>');
  expect(withEarlyScript(built, script, '/')).toContain(
    `    <link crossorigin rel="preload" as="style" href="/assets/style-1.css">\n    <script src="/${script.fileName}"></script>\n`,
  );
});

test('with no stylesheet, nothing is preloaded', () => {
  const script = earlyScriptOf(INDEX, ['start()']);
  expect(withEarlyScript(INDEX, script, '/')).toBe(
    [
      '<head>',
      '    <meta charset="UTF-8" />',
      `    <script src="/${script.fileName}"></script>`,
      '    <script type="module" src="/src/app/main.tsx"></script>',
      '</head>',
    ].join('\n'),
  );
});

test('a built page whose inline scripts differ from the file is a build error', () => {
  const script = earlyScriptOf(INDEX, ['start()']);
  expect(() => withEarlyScript(INDEX.replace('repair()', 'other()'), script, '/')).toThrow(/inline scripts/);
  expect(() => withEarlyScript(INDEX.replace('    <script>repair()</script>\n', ''), script, '/')).toThrow(
    /inline scripts/,
  );
});

test('the early script is known by the name it is given, and no other asset is taken for it', () => {
  const { fileName } = earlyScriptOf('<script>a()</script>', ['b()']);
  expect(isEarlyScriptFile(fileName)).toBe(true);
  for (const other of ['assets/early-page-1a2b3c4d.js', 'assets/index-1a2b3c4d.js', 'early-1a2b3c4d.js']) {
    expect(isEarlyScriptFile(other), other).toBe(false);
  }
});
