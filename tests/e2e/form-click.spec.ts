import { createLockedVault, expect, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, openClient, openDosedRoom, tick } from './session-steps';

// One mouse click on a form's button must do what it says, even when something appears in the
// form as the last field is left: nothing may move the button between mouse-down and mouse-up.

test('Vitals: one mouse click logs the reading while its SpO2 alert shows', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { sessionId: id } = await openDosedRoom(page, server, 'Viola', 20);

  const typeReadings = async () => {
    await page.keyboard.press('v');
    await expect(vitals.getByRole('textbox', { name: 'Systolic (mmHg)' })).toBeFocused();
    for (const [index, reading] of ['138', '86', '80', '88'].entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(reading);
    }
  };
  const vitals = page.getByRole('dialog', { name: 'Vitals' });

  // Straight from typing to the mouse, as a therapist would.
  await typeReadings();
  await vitals.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(vitals).toBeHidden();
  const { events } = await dispatch(server, 'sessions.get', { id });
  expect(events.flatMap((event) => (event.entry?.kind === 'vitals' ? [event.entry.vitals] : []))).toContainEqual({
    systolic: 138,
    diastolic: 86,
    heartRate: 80,
    spo2: 88,
  });

  // The alert is there before the field is left, so leaving it moves nothing.
  await typeReadings();
  await expect(vitals).toContainText('SpO2 88 % is below 90 %');
  const button = vitals.getByRole('button', { name: 'Add to timeline' });
  const before = await button.boundingBox();
  await page.keyboard.press('Tab');
  expect(await button.boundingBox()).toEqual(before);
  await page.screenshot({ path: test.info().outputPath('vitals-alert-1280.png') });
});

test('Plan a session: one mouse click plans it once the dose its error asked for is typed', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Pilar');
  await seedClient(server, { displayName: name, preferredName: 'Pilar' });
  await page.goto(server.url);
  await openClient(page, name);
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
  await tick(plan.getByRole('radio', { name: /^Intramuscular ketamine/ }));
  const submit = plan.getByRole('button', { name: 'Plan and go to check-in' });
  await submit.click();
  await expect(plan).toContainText('Enter a dose above 0 and up to');

  await plan.getByRole('textbox', { name: 'Dose (mg)' }).fill('50');
  await submit.click();
  await expect(page.getByRole('form', { name: 'Check in' })).toBeVisible();
});
