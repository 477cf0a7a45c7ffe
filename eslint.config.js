// Layering (docs/architecture.md, section 1), enforced as errors the way VS Code does:
//   shared/  <- db/ <- electron/ ;  renderer/ imports shared/ only.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { kapLintPlugin } from './tools/lint/feature-boundaries.js';

const layer = (name) => ({ regex: `^(\\.{1,2}/)+(.*/)?${name}(/|$)`, message: `This layer may not import from ${name}/ (docs/architecture.md, section 1).` });
const nodeBuiltins = { regex: '^node:', message: 'Node built-ins are not available in this layer.' };
const sqliteDriver = { regex: '^better-sqlite3', message: 'Only db/ talks to the SQLite driver (docs/architecture.md, section 1).', allowTypeImports: true };

const reactAriaOutsideKit = {
  regex: '^(react-aria|react-stately|@react-aria/|@react-stately/)',
  message: 'react-aria is used through renderer/src/ui/ (a composed control, or aria-primitives.ts) (docs/architecture.md, section 2, renderer structure).',
};
const rendererImports = {
  paths: [{ name: 'electron', message: 'The renderer talks to main only through window.kap.' }],
  patterns: [layer('db'), layer('electron'), layer('tests'), layer('tools'), nodeBuiltins, sqliteDriver],
};

const electronOnlyInWiring = {
  name: 'electron',
  message: 'Only electron/main/main.ts and the preload import electron; pass what you need in (docs/architecture.md, section 1).',
  allowTypeImports: true,
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.native/**', 'node_modules/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Deprecated APIs are removed in a later major; replace them when they are flagged, not then.
      '@typescript-eslint/no-deprecated': 'error',
      // A promise passed where nothing awaits it loses its failure (an event handler, a callback).
      '@typescript-eslint/no-misused-promises': 'error',
      // A new route, kind or state must be handled everywhere it is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Property signatures are checked contravariantly, so a handler of the wrong type is caught.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // Off: an async function with no await still turns a throw into a rejection, which queued vault
      // work and the tests' fakes of async interfaces rely on.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.objectContaining) and JSON read back from files are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },

  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure.' }],
          patterns: [layer('db'), layer('electron'), layer('renderer'), layer('tests'), layer('tools'), nodeBuiltins, sqliteDriver],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'db/ runs under plain Node too.' }],
          patterns: [layer('electron'), layer('renderer'), layer('tests'), layer('tools')],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/main.ts', 'electron/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [electronOnlyInWiring], patterns: [layer('renderer'), layer('tests'), layer('tools'), sqliteDriver] },
      ],
    },
  },
  {
    files: ['electron/main/main.ts', 'electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [layer('renderer'), layer('tests'), layer('tools'), sqliteDriver] }],
    },
  },
  {
    files: ['tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Tools run under plain Node.' }], patterns: [layer('renderer'), sqliteDriver] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, kap: kapLintPlugin },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML is ever rendered.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No raw HTML is ever rendered.' },
      ],
      'kap/feature-boundaries': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { ...rendererImports, patterns: [...rendererImports.patterns, reactAriaOutsideKit] }],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', rendererImports] },
  },
  {
    files: ['electron/**/*.ts', 'db/**/*.ts'],
    rules: {
      // Main-process output ends up in logs and crash reports; PHI must not. Use the redacting logger.
      'no-console': 'error',
    },
  },
);
