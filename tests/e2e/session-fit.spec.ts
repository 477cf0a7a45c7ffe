import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import {
  dispatch,
  fillVitals,
  MINUTE,
  openClient,
  openDosedRoom,
  openVaultForTheRoom,
  pageClockStart,
  seedDosedSession,
  tick,
  timelineEntry,
} from './session-steps';

test('an IM discharge before the protocol minimum warns and names what is unticked, and the therapist can still discharge', async ({ page, server }) => {
  const clockStart = await openVaultForTheRoom(page, server);
  const name = uniqueName('Oskar');
  const dosedAt = clockStart - 2 * MINUTE;
  await seedDosedSession(server, dosedAt, { displayName: name, preferredName: 'Oskar' });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Oskar' })).toBeVisible();
  await page.clock.setFixedTime(dosedAt + 20 * MINUTE);
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge' });
  const warning = discharge.getByRole('status').filter({ hasText: 'the protocol asks for at least' });
  await expect(warning).toContainText('This is 20 min after the first dose; the protocol asks for at least 2 h 30 min.');
  const unticked = warning.getByRole('list', { name: 'Not ticked before the client leaves' });
  await expect(unticked.getByRole('listitem')).toHaveText([
    'Vitals acceptable',
    'Sedation resolved (MOAA/S 5)',
    'Ride home present',
    'Reminded: no driving until the next day, after sleep',
  ]);
  await tick(discharge.getByRole('checkbox', { name: 'Ride home present' }));
  await expect(unticked.getByRole('listitem')).toHaveCount(3);
  await expect(unticked).not.toContainText('Ride home present');
  await expectAccessible(page, 'discharge with a warning');

  await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeVisible();

  // The summary keeps both checklists: what was ticked and what was not.
  const checklists = page.getByRole('region', { name: 'Checklists' });
  await expect(checklists.getByRole('heading', { name: 'Before the client leaves (discharge): 1 of 4 ticked' })).toBeVisible();
  await expect(checklists.getByRole('list', { name: 'Before the client leaves (discharge)' }).getByRole('listitem')).toHaveText([
    'Vitals acceptable: not ticked',
    'Sedation resolved (MOAA/S 5): not ticked',
    'Ride home present',
    'Reminded: no driving until the next day, after sleep: not ticked',
  ]);
  await expect(checklists.getByRole('heading', { name: 'Ready for the dose (check-in): 0 of 4 ticked' })).toBeVisible();
  await expect(checklists.getByRole('list', { name: 'Ready for the dose (check-in)' }).getByRole('listitem')).toHaveText([
    'Pre-dose vitals recorded: not ticked',
    'Ride home confirmed (no driving until the next day, after sleep): not ticked',
    'Consent is current: not ticked',
    'Intention for the session discussed: not ticked',
  ]);
  await expectAccessible(page, 'session summary with checklists');
});

test('an esketamine check-in without blood pressure or readiness ticks warns, says the REMS form needs it, and still checks in', async ({ page, server }) => {
  await openVaultForTheRoom(page, server);
  const name = uniqueName('Greta');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await openClient(page, name);
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
  await tick(plan.getByRole('radio', { name: /^Intranasal esketamine/ }));
  await tick(plan.getByRole('radio', { name: '56 mg, 2 devices' }));
  await plan.getByRole('button', { name: 'Plan and go to check-in' }).click();

  const checkIn = page.getByRole('form', { name: 'Check in' });
  await checkIn.getByRole('textbox', { name: 'Heart rate (bpm)' }).fill('72');
  await checkIn.getByRole('textbox', { name: 'SpO2 (%)' }).fill('98');
  await checkIn.getByRole('textbox', { name: 'SpO2 (%)' }).press('Tab');
  await tick(checkIn.getByRole('checkbox', { name: 'No food for 2 hours' }));
  const warning = checkIn.getByRole('status').filter({ hasText: 'Not recorded before the dose' });
  await expect(warning).toContainText('Not recorded before the dose: blood pressure.');
  await expect(warning).toContainText('The Spravato REMS form’s “BP before dosing” is taken from this reading');
  await expect(warning.getByRole('list', { name: 'Not ticked before the dose' }).getByRole('listitem')).toHaveText([
    'Blood pressure before the dose recorded',
    'No liquids for 30 minutes',
    'Ride home confirmed (no driving until the next day, after sleep)',
    'Consent is current',
    'Intention for the session discussed',
  ]);
  await expectAccessible(page, 'check-in with a warning');

  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByRole('button', { name: 'Device 1 given (28 mg): start the clock' })).toBeVisible();
});

test('alerts stay readable: one line each with the source behind a disclosure, pre-dose alerts gone after the dose, and IM cites no Spravato label', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const clockStart = await openVaultForTheRoom(page, server);
  const { id: clientId } = await seedClient(server, { displayName: uniqueName('Ingrid'), preferredName: 'Ingrid' });
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const { id } = await dispatch(server, 'sessions.plan', {
    clientId,
    protocolId: protocols.find((protocol) => protocol.route === 'im')!.id,
    plannedDoseMg: 50,
  });
  await dispatch(server, 'sessions.checkIn', { id, vitals: { systolic: 150, diastolic: 95 }, readiness: {}, at: clockStart - 5 * MINUTE });

  // Before the dose, the high baseline is flagged, and its source is the clinic's setting for IM.
  await page.goto(server.url);
  const alerts = page.getByRole('region', { name: 'Vital sign alerts' });
  const sourceButton = alerts.getByRole('button', { name: 'Source for: Systolic blood pressure 150 mmHg is above 140 mmHg' });
  await expect(sourceButton).toHaveAttribute('aria-expanded', 'false');
  await expect(alerts).not.toContainText('Source:');
  await sourceButton.click();
  await expect(sourceButton).toHaveAttribute('aria-expanded', 'true');
  await expect(alerts).toContainText('Source: Clinic setting: no threshold is published for intramuscular ketamine');
  await expect(alerts).not.toContainText('Spravato');

  // After the dose the pre-dose reading's alerts leave the panel (they stay on the timeline).
  const dosedAt = clockStart + MINUTE;
  await dispatch(server, 'sessions.logEvent', { sessionId: id, entry: { kind: 'dose', amountMg: 50 }, at: dosedAt });
  await page.clock.setFixedTime(dosedAt + MINUTE);
  await page.reload();
  await expect(page.getByRole('timer', { name: 'Time since the dose' })).toBeVisible();
  await expect(alerts).toHaveCount(0);

  // Four alerts on one reading still leave "Coming up" on the screen at 1280x800.
  await dispatch(server, 'sessions.logEvent', {
    sessionId: id,
    entry: { kind: 'vitals', vitals: { systolic: 192, diastolic: 122, heartRate: 96 } },
    at: dosedAt + 20 * MINUTE,
  });
  await page.clock.setFixedTime(dosedAt + 21 * MINUTE);
  await page.reload();
  await expect(alerts.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Coming up' })).toBeInViewport();
  for (const button of await alerts.getByRole('button', { name: /^Source for: / }).all()) await button.click();
  await expect(alerts).not.toContainText('Spravato');
  await expectAccessible(page, 'room with four alerts');
});

test('shortcuts follow the work: an acknowledged vitals cue offers the Vitals form, and a number key chooses the MOAA/S level', async ({ page, server }) => {
  const { dosedAt } = await openDosedRoom(page, server, 'Pavel', 2);

  await page.clock.setFixedTime(dosedAt + 15 * MINUTE);
  await expect(page.getByRole('list', { name: 'Due now' })).toContainText('Vitals check');
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: 'Acknowledged: Vitals check.' })).toBeVisible();
  await page.getByRole('button', { name: 'Record vitals now' }).click();
  const vitals = page.getByRole('dialog', { name: 'Vitals' });
  await expect(vitals).toBeVisible();
  await fillVitals(vitals, { systolic: 126, diastolic: 80 });
  await vitals.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(vitals).toBeHidden();
  // The offer has done its job.
  await expect(page.getByRole('button', { name: 'Record vitals now' })).toHaveCount(0);

  await page.keyboard.press('s');
  const sedation = page.getByRole('dialog', { name: 'Sedation (MOAA/S)' });
  await expect(sedation.getByRole('radio', { name: /^5/ })).toBeFocused();
  await page.keyboard.press('3');
  await expect(sedation.getByRole('radio', { name: /^3/ })).toBeChecked();
  await expect(sedation.getByRole('radio', { name: /^3/ })).toBeFocused();
  await expectAccessible(page, 'sedation chosen by its number');
  await page.keyboard.press('Enter');
  await expect(sedation).toBeHidden();
  await expect(timelineEntry(page, /^Sedation at T\+15:/)).toContainText('MOAA/S 3');
});

test('after all three esketamine devices, the Dose dialog suggests no device and says all are recorded', async ({ page, server }) => {
  const clockStart = await openVaultForTheRoom(page, server);
  const { id: clientId } = await seedClient(server, { displayName: uniqueName('Sven'), preferredName: 'Sven' });
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const protocolId = protocols.find((protocol) => protocol.route === 'esketamine')!.id;
  const { id } = await dispatch(server, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 84 });
  const dosedAt = clockStart - 20 * MINUTE;
  await dispatch(server, 'sessions.checkIn', { id, vitals: { systolic: 122, diastolic: 78 }, readiness: {}, at: dosedAt - 10 * MINUTE });
  for (const device of [1, 2, 3]) {
    await dispatch(server, 'sessions.logEvent', {
      sessionId: id,
      entry: { kind: 'dose', amountMg: 28, deviceNumber: device },
      at: dosedAt + (device - 1) * 5 * MINUTE,
    });
  }
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sven' })).toBeVisible();
  await page.keyboard.press('d');
  const dose = page.getByRole('dialog', { name: 'Dose' });
  await expect(dose.getByRole('textbox', { name: 'Device number' })).toHaveValue('');
  await expect(dose).toContainText('Each device is 28 mg; 3 planned. All 3 are recorded.');
});

test('the REMS form suggests "first treatment" for session 1, takes the provider from the name on signatures, and keeps the timeline\'s answer beside an override', async ({
  page,
  server,
}) => {
  const clockStart = pageClockStart();
  await page.clock.install({ time: clockStart });
  await createLockedVault(server);
  await unlockInMain(server);
  await dispatch(server, 'settings.update', { idleLockMinutes: 240, clinicianName: 'Dr. Maren Holt' });
  const name = uniqueName('Liv');
  const { id: clientId } = await seedClient(server, { displayName: name });
  const { protocols } = await dispatch(server, 'protocols.list', {});
  const protocolId = protocols.find((protocol) => protocol.route === 'esketamine')!.id;
  const { id } = await dispatch(server, 'sessions.plan', { clientId, protocolId, plannedDoseMg: 56 });
  const dosedAt = clockStart - 150 * MINUTE;
  await dispatch(server, 'sessions.checkIn', { id, vitals: { systolic: 122, diastolic: 78 }, readiness: {}, at: dosedAt - 10 * MINUTE });
  for (const device of [1, 2]) {
    await dispatch(server, 'sessions.logEvent', {
      sessionId: id,
      entry: { kind: 'dose', amountMg: 28, deviceNumber: device },
      at: dosedAt + (device - 1) * 5 * MINUTE,
    });
  }
  await dispatch(server, 'sessions.discharge', { id, checklist: {}, at: dosedAt + 125 * MINUTE });

  const openRemsForm = () =>
    page
      .getByRole('region', { name: 'REMS forms to submit' })
      .getByRole('button', { name: new RegExp(`^Open the REMS form for ${name}`) })
      .click();
  await page.goto(server.url);
  await openRemsForm();
  const rems = page.getByRole('region', { name: 'REMS Patient Monitoring Form' });
  const firstTreatment = rems.getByRole('radiogroup', { name: 'First treatment' });
  await expect(firstTreatment.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(firstTreatment).toContainText('Session 1 of the course.');
  await expect(rems.getByRole('textbox', { name: 'Monitoring provider' })).toHaveValue('Dr. Maren Holt');
  await expectAccessible(page, 'REMS form with suggestions');

  // The therapist's own answer replaces the suggestion.
  await tick(firstTreatment.getByRole('radio', { name: 'No' }));
  await expect(firstTreatment).not.toContainText('Session 1 of the course.');

  // A derived answer can be overridden; the timeline's answer is kept beside it, on screen and in print.
  const bpBefore = rems.getByRole('textbox', { name: 'Blood pressure before dosing', exact: true });
  await expect(bpBefore).toHaveAttribute('readonly');
  await rems.getByRole('button', { name: 'Override: Blood pressure before dosing' }).click();
  await expect(bpBefore).not.toHaveAttribute('readonly');
  await bpBefore.fill('134/86');
  await expect(rems).toContainText('Overridden. The timeline says: 122/78.');
  await rems.getByRole('button', { name: 'Save form' }).click();
  await expect(rems.getByRole('status').filter({ hasText: 'Form saved.' })).toBeVisible();
  // Saved: a fresh load of the page (a reload returns to the same session) still has the override.
  await page.reload();
  await expect(bpBefore).toHaveValue('134/86');
  await expect(rems).toContainText('Overridden. The timeline says: 122/78.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article')).toContainText('134/86 (overridden; the timeline says 122/78)');
  await page.emulateMedia({ media: 'screen' });
  await rems.getByRole('button', { name: 'Use the timeline’s answer: Blood pressure before dosing' }).click();
  await expect(bpBefore).toHaveValue('122/78');
  await expect(bpBefore).toHaveAttribute('readonly');
});
