import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The code's layers, as rules (docs/decisions/006-module-boundaries.md):
 * app composes features; a feature never reaches into another; components
 * and lib are shared and import no feature; nothing that ships to readers
 * imports build-only code (src/build, scripts). import-x gives both the zones
 * and the cycle check in one plugin.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components never import a feature or the app: let the caller pass it in.',
  },
  {
    target: ['./src/lib', './src/build'],
    from: ['./src/features', './src/components', './src/app'],
    message: 'lib and build are below the views: they never import one.',
  },
  { target: './src/features', from: './src/app', message: 'Features never import the app that composes them.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature’s files: move what both need to src/lib or src/components.',
  })),
];

const browserZone = {
  target: ['./src/app', './src/components', './src/features', './src/lib'],
  from: ['./src/build', './scripts'],
  message: 'Code that ships to readers never imports build-only code (src/build, scripts).',
};

/** The boundary rules, exported so that a test can lint a file that breaks each (scripts/boundaries.test.ts). */
export const boundaryConfig = [
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files are read with TypeScript's parser when import-x follows imports (for cycles).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Every import names its file (`./x.ts`), so Node's resolution finds it; no TypeScript resolver is needed.
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, browserZone] }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Tests run in Node, never in a reader's browser: they may build what they test from content.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dist.*',
      '.cache',
      'test-results',
      'playwright-report',
      'node_modules',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.d.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Loaders end with a 404 Response, which react-router expects to be thrown.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'lib', name: 'Response' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Our own `as const` and `satisfies` are fine; a cast of outside data is not (see docs/decisions).
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: globals.browser,
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.d.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { ...reactHooks.configs.flat.recommended.plugins, ...jsxA11y.flatConfigs.strict.plugins },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector:
            "ImportDeclaration[source.value='react-router'] > ImportSpecifier[imported.name=/^(Link|NavLink|Form)$/]",
          message:
            'Links and forms come from src/components/router-links.tsx: a link without route resolution, no data-discover attribute.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Content is rendered as text and elements, never as HTML.',
        },
        // The same rule for the DOM's own ways of turning a string into HTML.
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(inner|outer)HTML$/]',
          message: 'Content is rendered as text and elements, never as HTML.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
          message: 'Content is rendered as text and elements, never as HTML.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'Content is rendered as text and elements, never as HTML.',
        },
      ],
    },
  },
  ...boundaryConfig,
  {
    files: ['scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Config files are the tools' entry points, which expect a default export.
    files: ['*.config.{ts,js}', '*.config.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
