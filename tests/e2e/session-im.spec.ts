import { expect, expectAccessible, seedClient, test, uniqueName } from './fixtures';
import { dosedAtInMain, fillVitals, MINUTE, openClient, openVaultForTheRoom, roomClock, tick, timelineEntry } from './session-steps';

test('a full IM session: planned by weight, checked in, dosed, logged by keys, discharged, and in the history', async ({ page, server }) => {
  await openVaultForTheRoom(page, server);
  const name = uniqueName('Rosalind');
  await seedClient(server, { displayName: name, preferredName: 'Ros' });
  await page.goto(server.url);
  await openClient(page, name);
  await expect(page.getByRole('region', { name: 'Sessions' })).toContainText('No sessions yet.');
  await expectAccessible(page, 'client page');

  // Plan: IM by weight shows the mg it comes to; the course number is prefilled.
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
  await tick(plan.getByRole('radio', { name: /^Intramuscular ketamine/ }));
  await tick(plan.getByRole('radio', { name: 'By weight (mg/kg)' }));
  await plan.getByRole('textbox', { name: 'mg per kg' }).fill('0.75');
  await plan.getByRole('textbox', { name: 'Weight (kg)' }).fill('68');
  await plan.getByRole('textbox', { name: 'Weight (kg)' }).press('Tab');
  await expect(plan.getByRole('status')).toHaveText('Comes to 51 mg.');
  await expect(plan.getByRole('textbox', { name: 'Session number in the course' })).toHaveValue('1');
  await expectAccessible(page, 'plan a session');
  await plan.getByRole('button', { name: 'Plan and go to check-in' }).click();

  // Check-in: the room already speaks of the client by the name they go by.
  await expect(page.getByRole('heading', { level: 1, name: 'Ros' })).toBeVisible();
  const checkIn = page.getByRole('form', { name: 'Check in' });
  await fillVitals(checkIn, { systolic: 124, diastolic: 80, heartRate: 72, spo2: 98 });
  await tick(checkIn.getByRole('checkbox', { name: 'Pre-dose vitals recorded' }));
  await tick(checkIn.getByRole('checkbox', { name: /^Ride home confirmed/ }));
  await checkIn.getByRole('textbox', { name: 'Intention' }).fill('To meet the fear with some curiosity');
  await expectAccessible(page, 'check-in');
  await checkIn.getByRole('button', { name: 'Check in' }).click();

  // T0: one action starts the clock.
  await page.getByRole('button', { name: 'Dose given (51 mg): start the clock' }).click();
  await expect(roomClock(page)).toHaveText('00:00');
  const dosedAt = await dosedAtInMain(server);
  const clockPanel = page.getByRole('region', { name: 'Session clock' });
  await expect(clockPanel).toContainText('Onset');
  await expectAccessible(page, 'session room');

  await page.clock.setFixedTime(dosedAt + 6 * MINUTE);
  await expect(roomClock(page)).toHaveText('06:00');
  await expect(clockPanel).toContainText('Peak');

  // Logging by single keys.
  await page.keyboard.press('o');
  const observation = page.getByRole('dialog', { name: 'Observation' });
  await observation.getByRole('textbox', { name: 'What you notice' }).fill('Eyes closed, breathing slow');
  await observation.getByRole('textbox', { name: 'What you notice' }).press('Enter');
  await expect(observation).toBeHidden();
  await expect(timelineEntry(page, /^Observation at T\+06:/)).toContainText('Eyes closed, breathing slow');

  await page.keyboard.press('q');
  const words = page.getByRole('dialog', { name: "Client's words" });
  await words.getByRole('textbox', { name: 'Their words, as said' }).fill('It is like floating over the harbour');
  await words.getByRole('textbox', { name: 'Their words, as said' }).press('Enter');
  const quote = timelineEntry(page, /^Client's words at T\+06:/);
  await expect(quote).toContainText('“It is like floating over the harbour”');
  await expect(quote).toContainText('For integration');

  // The T+15 cue comes due quietly and is acknowledged with one key.
  await page.clock.setFixedTime(dosedAt + 15 * MINUTE);
  const due = page.getByRole('list', { name: 'Due now' });
  await expect(due).toContainText('Vitals check');
  await expect(page.getByRole('button', { name: 'Acknowledge: Vitals check' })).toHaveAttribute('aria-keyshortcuts', 'A');
  await expectAccessible(page, 'session room with a due cue');
  await page.keyboard.press('a');
  await expect(due).toBeHidden();
  await expect(timelineEntry(page, /^Cue at T\+15:/)).toContainText('Acknowledged: Vitals check');

  // A high reading is flagged with the threshold named, and saved all the same.
  await page.keyboard.press('v');
  const vitals = page.getByRole('dialog', { name: 'Vitals' });
  await fillVitals(vitals, { systolic: 190, diastolic: 96, heartRate: 88 });
  await expect(vitals).toContainText('Systolic blood pressure 190 mmHg is above 180 mmHg');
  await vitals.getByRole('button', { name: 'Source for: Systolic blood pressure 190 mmHg is above 180 mmHg' }).click();
  await expect(vitals).toContainText('Threshold: Systolic blood pressure above 180 mmHg.');
  await expectAccessible(page, 'vitals form with an alert');
  await vitals.getByRole('button', { name: 'Add to timeline' }).click();
  const alerts = page.getByRole('region', { name: 'Vital sign alerts' });
  await alerts.getByRole('button', { name: 'Source for: Systolic blood pressure 190 mmHg is above 180 mmHg' }).click();
  await expect(alerts).toContainText('Threshold: Systolic blood pressure above 180 mmHg.');
  await expect(alerts).toContainText('Source: General-medicine "severe hypertension" range');

  await page.keyboard.press('s');
  const sedation = page.getByRole('dialog', { name: 'Sedation (MOAA/S)' });
  await tick(sedation.getByRole('radio', { name: /^4/ }));
  await sedation.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(timelineEntry(page, /^Sedation at T\+15:/)).toContainText('MOAA/S 4: Lethargic response');

  await page.keyboard.press('e');
  const adverse = page.getByRole('dialog', { name: 'Adverse event' });
  await tick(adverse.getByRole('checkbox', { name: 'nausea' }));
  await adverse.getByRole('textbox', { name: 'Details or something else' }).fill('Mild, passed with slow breaths');
  await expectAccessible(page, 'adverse event form');
  await adverse.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(timelineEntry(page, /^Adverse event at T\+15:/)).toContainText('nausea. Mild, passed with slow breaths');

  // Corrections and withdrawals keep the original in the history.
  await timelineEntry(page, /^Observation at T\+06:/)
    .getByRole('button', { name: /^Correct/ })
    .click();
  const correction = page.getByRole('dialog', { name: 'Correct: Observation' });
  await correction.getByRole('textbox', { name: 'What you notice' }).fill('Eyes closed, breathing slow and even');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  const corrected = timelineEntry(page, /^Observation at T\+06:/);
  await expect(corrected).toContainText('Corrected');
  await corrected.getByRole('button', { name: /^History/ }).click();
  await expect(corrected.getByRole('list', { name: 'History' })).toContainText('Original');
  await expect(corrected.getByRole('list', { name: 'History' })).toContainText('Eyes closed, breathing slow');

  await timelineEntry(page, /^Sedation at T\+15:/)
    .getByRole('button', { name: /^Withdraw/ })
    .click();
  const withdraw = page.getByRole('dialog', { name: 'Withdraw entry' });
  await withdraw.getByRole('textbox', { name: 'Reason' }).fill('Scored before she had settled');
  await withdraw.getByRole('button', { name: 'Withdraw entry' }).click();
  await expect(timelineEntry(page, /^Sedation at T\+15:/)).toContainText('Withdrawn: Scored before she had settled');
  await expect(timelineEntry(page, /^Sedation at T\+15:/)).toContainText('MOAA/S 4');

  // Return marked by hand moves the phase.
  await page.clock.setFixedTime(dosedAt + 50 * MINUTE);
  await page.getByRole('button', { name: 'Mark return' }).click();
  await expect(clockPanel).toContainText(/Return\s*marked at T\+50:/);

  // Discharge at T+2:30.
  await page.clock.setFixedTime(dosedAt + 150 * MINUTE);
  await expect(roomClock(page)).toHaveText('2:30:00');
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge' });
  for (const item of ['Vitals acceptable', 'Sedation resolved (MOAA/S 5)', 'Ride home present']) await tick(discharge.getByRole('checkbox', { name: item }));
  await expect(discharge).toContainText('2 h 30 min');
  await expectAccessible(page, 'discharge');
  await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'REMS Patient Monitoring Form' })).toHaveCount(0);
  await expectAccessible(page, 'session summary');

  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  const row = page.getByRole('table', { name: 'Sessions, newest first' }).getByRole('row').nth(1);
  await expect(row).toContainText('Intramuscular (IM)');
  await expect(row).toContainText('51 mg');
  await expect(row).toContainText('2 h 30 min');
  await expect(row).toContainText('nausea (details in timeline)');
  await expect(row).not.toContainText('other');
  await expect(row).toContainText('Not needed');
  await page.getByRole('button', { name: 'The same doses as a table' }).click();
  await expect(page.getByRole('table', { name: 'Dose given at each session of the course' })).toContainText('51 mg');
  await expectAccessible(page, 'client page with history');
});
