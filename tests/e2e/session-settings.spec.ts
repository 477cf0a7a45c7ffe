import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, openClient, tick, untick } from './session-steps';

test('protocols, vital thresholds and the cue sound are edited in settings; new sessions follow the edited protocol', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Oskar');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

  const protocols = page.getByRole('region', { name: 'Session protocols' });
  await expect(protocols.getByRole('list', { name: 'Protocols' }).getByRole('listitem')).toHaveCount(4);
  await expectAccessible(page, 'settings with protocols and thresholds');

  // The editor checks the protocol as main will, and says what to fix.
  await protocols.getByRole('button', { name: 'Edit Intramuscular ketamine' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit Intramuscular ketamine' });
  await expect(editor).toContainText('Sessions already planned or run keep the version they started with');
  await expectAccessible(page, 'protocol editor');
  await editor.getByRole('textbox', { name: 'Peak: starts at minute' }).fill('200');
  await editor.getByRole('button', { name: 'Save protocol' }).click();
  await expect(editor.getByRole('alert')).toContainText('Phases: Phases must start one after another');
  await editor.getByRole('textbox', { name: 'Peak: starts at minute' }).fill('10');

  await editor.getByRole('button', { name: 'Add a cue' }).click();
  await editor.getByRole('textbox', { name: 'Cue 5: label' }).fill('Check in with the client');
  await editor.getByRole('textbox', { name: 'Cue 5: at minute' }).fill('45');
  await editor.getByRole('button', { name: 'Add an item' }).first().click();
  await editor.getByRole('textbox', { name: 'Readiness checklist, item 5' }).fill('Music chosen together');
  await editor.getByRole('button', { name: 'Save protocol' }).click();
  await expect(editor).toBeHidden();
  await expect(protocols.getByRole('status')).toContainText('Saved Intramuscular ketamine.');

  // Archive takes a protocol out of planning; Undo brings it back.
  await protocols.getByRole('button', { name: 'Archive Sublingual ketamine lozenge' }).click();
  await expect(protocols.getByRole('listitem').filter({ hasText: 'Sublingual ketamine lozenge' })).toContainText('archived');
  await protocols.getByRole('button', { name: 'Undo' }).click();
  await expect(protocols.getByRole('button', { name: 'Archive Sublingual ketamine lozenge' })).toBeVisible();

  // Thresholds: each shows its source; a changed value is saved.
  const thresholds = page.getByRole('region', { name: 'Vital sign alerts' });
  await expect(thresholds).toContainText('Source: General-medicine "severe hypertension" range');
  // A value being retyped never shows as "NaN" in its threshold, and an empty one is not saved.
  const systolic = thresholds.getByRole('textbox', { name: 'Systolic above (mmHg)' });
  await systolic.fill('');
  await expect(thresholds).not.toContainText('NaN');
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(systolic).toHaveAccessibleDescription(/Enter a number from 0 to 300 mmHg\./);
  await expect(thresholds.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  await systolic.fill('170');
  await untick(thresholds.getByRole('checkbox', { name: /^SpO2 below 90 %/ }));
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(thresholds.getByRole('status')).toHaveText('Saved.');
  const saved = await dispatch(server, 'settings.get', {});
  expect(saved.vitalThresholds.find((threshold) => threshold.id === 'severe-systolic')?.value).toBe(170);
  expect(saved.vitalThresholds.find((threshold) => threshold.id === 'low-spo2')?.enabled).toBe(false);

  // Cue sound is off until turned on.
  const sound = page.getByRole('region', { name: 'Cue sound' }).getByRole('switch', { name: 'Play a soft tone when a cue comes due' });
  await expect(sound).not.toBeChecked();
  await tick(sound);
  await expect.poll(async () => (await dispatch(server, 'settings.get', {})).cueSound).toBe(true);

  // A session planned now runs under the edited protocol.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await openClient(page, name);
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
  await tick(plan.getByRole('radio', { name: /^Intramuscular ketamine/ }));
  await plan.getByRole('textbox', { name: 'Dose (mg)' }).fill('50');
  await plan.getByRole('button', { name: 'Plan and go to check-in' }).click();
  await expect(page.getByRole('form', { name: 'Check in' }).getByRole('checkbox', { name: 'Music chosen together' })).toBeVisible();
});
