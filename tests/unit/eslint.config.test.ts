import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The files linted here exist only as text, so no TypeScript project holds them: the import rules need no types.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function importErrors(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const restrictedImportErrors = (filePath: string, code: string) => importErrors(filePath, code, '@typescript-eslint/no-restricted-imports');
const featureBoundaryErrors = (filePath: string, code: string) => importErrors(filePath, code, 'kap/feature-boundaries');

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

/** docs/architecture.md, section 2, renderer structure: a renderer feature is used through its index.ts, and react-aria through ui/. */
describe('renderer feature boundaries in the lint configuration', () => {
  it.each([
    ['renderer/src/features/notes/NotesSection.tsx', "import { HomeworkDialog } from '../homework/HomeworkDialog';"],
    ['renderer/src/features/notes/editor/NoteEditor.tsx', "import { useClientHomework } from '../../homework/homework-queries';"],
    ['renderer/src/features/sessions/rems/RemsSection.tsx', "export { useSettings } from '../../settings/settings-queries';"],
    ['renderer/src/app/App.tsx', "import { LockScreen } from '../features/vault/LockScreen';"],
    ['renderer/src/features/shell/AppShell.tsx', "export const page = () => import('../notes/NotePage');"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await featureBoundaryErrors(filePath, `${code}\nexport const used = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/features/notes/NotesSection.tsx', "import { HomeworkDialog } from '../homework';"],
    ['renderer/src/features/notes/NotesSection.tsx', "import { HomeworkDialog } from '../homework/index';"],
    ['renderer/src/features/notes/NotesSection.tsx', "import { NoteEditor } from './editor/NoteEditor';"],
    ['renderer/src/features/notes/editor/NoteEditor.tsx', "import { noteDisplayTitle } from '../note-title';"],
    ['renderer/src/features/notes/NotesSection.tsx', "import { Heading } from '../../ui/aria-primitives';"],
    ['renderer/src/app/App.tsx', "import { LockScreen } from '../features/vault';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await featureBoundaryErrors(filePath, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });

  it('refuses react-aria outside renderer/src/ui/ and allows it inside', async () => {
    const code = "import { Heading } from 'react-aria-components';\nexport const used = Heading;\n";
    expect(await restrictedImportErrors('renderer/src/features/notes/NotesSection.tsx', code)).not.toEqual([]);
    expect(await restrictedImportErrors('renderer/src/features/notes/NotesSection.tsx', code.replace('react-aria-components', 'react-aria'))).not.toEqual([]);
    expect(await restrictedImportErrors('renderer/src/ui/FormDialog.tsx', code)).toEqual([]);
  });
});
