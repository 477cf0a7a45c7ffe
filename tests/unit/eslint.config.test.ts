import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The files linted here exist only as text, so no TypeScript project holds them: the import rules need no types.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

/** docs/architecture.md, section 1: shared <- db <- electron; renderer imports shared only. */
describe('layer rules in the lint configuration', () => {
  it.each([
    ['shared/x.ts', "import { a } from '../db/record-store';"],
    ['shared/x.ts', "import { a } from '../electron/app-core';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['db/x.ts', "import { a } from '../electron/app-core';"],
    ['db/x.ts', "import { app } from 'electron';"],
    ['electron/vault/x.ts', "import { app } from 'electron';"],
    ['electron/handlers/clients/x.ts', "import { a } from '../../../renderer/src/main';"],
    ['renderer/src/x.ts', "import { a } from '../../db/record-store';"],
    ['renderer/src/x.ts', "import { a } from '../../electron/app-core';"],
    ['renderer/src/x.ts', "import { app } from 'electron';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['electron/handlers/notes/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['electron/main/main.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['tools/bench/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['tools/seed/x.ts', "import { app } from 'electron';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, `${code}\nexport const used = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import { methods } from '../../shared/contract/index';"],
    ['db/x.ts', "import { methods } from '../shared/contract/index';"],
    ['electron/main/main.ts', "import { app } from 'electron';"],
    ['electron/preload/preload.ts', "import { contextBridge } from 'electron';"],
    ['electron/vault/x.ts', "import type { App } from 'electron';"],
    ['db/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['tools/seed/x.ts', "import type Database from 'better-sqlite3-multiple-ciphers';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
