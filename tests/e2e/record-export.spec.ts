import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordExportSchema } from '../../shared/exports/record-export';
import { PRIVATE_MARKER, SEED_NAME, seedExportRecord } from '../support/record-export-seed';
import { createLockedVault, expect, expectAccessible, OTHER_PASSPHRASE, PASSPHRASE, passphraseField, test, unlockInMain } from './fixtures';
import { openClient, tick, untick } from './session-steps';

test('export a record from the client page: passphrase asked again, PDF and JSON, private notes only when ticked', async ({ page, server, filesDir }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const seeded = await seedExportRecord(server.core);
  await page.goto(server.url);
  await page.getByRole('searchbox', { name: 'Find a client' }).fill(SEED_NAME);
  await openClient(page, SEED_NAME);

  await page.getByRole('button', { name: 'Export record…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export the record of ${SEED_NAME}` });
  await expect(dialog).toBeVisible();
  const pdf = dialog.getByRole('checkbox', { name: 'PDF, to read or print' });
  const json = dialog.getByRole('checkbox', { name: 'JSON, for another system' });
  const includePrivate = dialog.getByRole('checkbox', { name: 'Include private psychotherapy notes' });
  await expect(pdf).toBeChecked();
  await expect(json).not.toBeChecked();
  await expect(includePrivate).not.toBeChecked();
  await expect(includePrivate).toHaveAccessibleDescription(/extra legal protection/);
  await tick(json);
  await expectAccessible(page, 'export record dialog');
  await dialog.screenshot({ path: test.info().outputPath('export-dialog.png') });

  // A wrong passphrase: refused in main, nothing written.
  await passphraseField(dialog, 'Your passphrase').fill(OTHER_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByText('That is not your passphrase. Nothing was exported.')).toBeVisible();
  expect(readdirSync(filesDir)).toEqual([]);

  await passphraseField(dialog, 'Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Export' }).click();
  const status = dialog.getByRole('status').filter({ hasText: /^Saved / });
  await expect(status).toHaveText(/^Saved record-export-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.json and record-export-[a-z0-9]{8}-\d{4}-\d{2}-\d{2}\.pdf\.$/);
  await expectAccessible(page, 'export done');

  const names = readdirSync(filesDir).sort();
  expect(names).toHaveLength(2);
  for (const name of names) expect(name.toLowerCase()).not.toMatch(/juniper|halvorsen|tate/);
  const pdfName = names.find((name) => name.endsWith('.pdf'))!;
  const jsonName = names.find((name) => name.endsWith('.json'))!;
  expect(pdfName.startsWith(`record-export-${seeded.clientId.replace(/-/g, '').slice(0, 8)}-`)).toBe(true);

  const text = execFileSync('pdftotext', ['-layout', join(filesDir, pdfName), '-'], { encoding: 'utf8' });
  for (const section of ['Client record', 'Sessions', 'Notes', 'Homework']) expect(text).toContain(section);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toMatch(/\(T\+00:00\)\s+Dose: 50 mg/);
  expect(text).not.toContain(PRIVATE_MARKER);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(filesDir, pdfName), test.info().outputPath('export-page')]);

  const exported = recordExportSchema.parse(JSON.parse(readFileSync(join(filesDir, jsonName), 'utf8')));
  expect(exported.includesPrivateNotes).toBe(false);
  expect(exported.clients[0]!.notes.map((note) => note.id)).toEqual([seeded.noteId]);
  expect(exported.clients[0]!.sessions[0]!.timeline).toHaveLength(7);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Again, JSON only, with the private notes ticked: now they are in the file.
  await page.getByRole('button', { name: 'Export record…' }).click();
  await untick(pdf);
  await tick(json);
  await tick(includePrivate);
  await passphraseField(dialog, 'Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved record-export-.*\.json\.$/ })).toBeVisible();
  const withPrivate = recordExportSchema.parse(JSON.parse(readFileSync(join(filesDir, jsonName), 'utf8')));
  expect(withPrivate.includesPrivateNotes).toBe(true);
  expect(withPrivate.clients[0]!.notes.find((note) => note.id === seeded.privateNoteId)?.text).toBe(PRIVATE_MARKER);
});

test('export everything from Settings', async ({ page, server, filesDir }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await seedExportRecord(server.core);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Exports' });
  await section.getByRole('textbox', { name: 'Clinic name on exports' }).fill('Harbourside Psychotherapy');
  await section.getByRole('button', { name: 'Save clinic name' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  await section.screenshot({ path: test.info().outputPath('exports-section.png') });
  await section.getByRole('button', { name: 'Export everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export everything' });
  await expectAccessible(page, 'export everything dialog');
  await dialog.screenshot({ path: test.info().outputPath('export-everything-dialog.png') });
  await passphraseField(dialog, 'Your passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved practice-export-\d{4}-\d{2}-\d{2}\.json\.$/ })).toBeVisible();
  const [name] = readdirSync(filesDir);
  const exported = recordExportSchema.parse(JSON.parse(readFileSync(join(filesDir, name!), 'utf8')));
  expect(exported.scope).toBe('practice');
  expect(exported.clinic.clinicName).toBe('Harbourside Psychotherapy');
  expect(JSON.stringify(exported)).not.toContain(PRIVATE_MARKER);
});
