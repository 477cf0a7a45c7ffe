import { createLockedVault, expect, PASSPHRASE, passphraseField, test, uniqueName, unlockInMain } from './fixtures';
import { fillVitals, MINUTE, pageClockStart, seedDosedSession, timelineEntry } from './session-steps';

async function lockAndUnlock(page: import('@playwright/test').Page): Promise<void> {
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await passphraseField(page).fill(PASSPHRASE);
  await passphraseField(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa' })).toBeVisible();
}

test('a lock with a room dialog open keeps the dialog and what was typed, and it can still be saved', async ({ page, server }) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  await seedDosedSession(server, clockStart - 6 * MINUTE, { displayName: uniqueName('Rosalind'), preferredName: 'Rosa' });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rosa' })).toBeVisible();

  // An observation half written, then Ctrl+L while typing.
  await page.keyboard.press('o');
  let observation = page.getByRole('dialog', { name: 'Observation' });
  const text = 'Eyes closed, hands open, breathing slow, smiling';
  await observation.getByRole('textbox', { name: 'What you notice' }).pressSequentially(text);
  await lockAndUnlock(page);
  observation = page.getByRole('dialog', { name: 'Observation' });
  await expect(observation.getByRole('textbox', { name: 'What you notice' })).toHaveValue(text);
  await observation.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(observation).toBeHidden();
  await expect(timelineEntry(page, /^Observation at T\+/)).toContainText(text);

  // The same holds for numbers, through the same mechanism; a saved dialog is not brought back.
  await page.keyboard.press('v');
  let vitals = page.getByRole('dialog', { name: 'Vitals' });
  await fillVitals(vitals, { systolic: 138, diastolic: 86 });
  await lockAndUnlock(page);
  vitals = page.getByRole('dialog', { name: 'Vitals' });
  await expect(vitals.getByRole('textbox', { name: 'Systolic (mmHg)' })).toHaveValue('138');
  await expect(vitals.getByRole('textbox', { name: 'Diastolic (mmHg)' })).toHaveValue('86');
  await vitals.getByRole('button', { name: 'Cancel' }).click();
  await expect(vitals).toBeHidden();

  // A dialog closed is forgotten: the next lock brings nothing back.
  await lockAndUnlock(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
