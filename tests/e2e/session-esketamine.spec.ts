import { expect, expectAccessible, seedClient, test, uniqueName } from './fixtures';
import { dispatch, dosedAtInMain, fillVitals, MINUTE, openClient, openVaultForTheRoom, roomClock, tick, timelineEntry } from './session-steps';

test('a full esketamine session: devices on cue, BP at T+40, discharge after two hours, and the REMS form', async ({ page, server }) => {
  await openVaultForTheRoom(page, server);
  const name = uniqueName('Dagny');
  const client = await seedClient(server, { displayName: name });
  await dispatch(server, 'clients.update', { id: client.id, displayName: name, dateOfBirth: '1979-05-06' });
  await page.goto(server.url);

  // The sex the REMS form asks, recorded on the client.
  await page
    .getByRole('list', { name: 'Active clients' })
    .getByRole('button', { name: `Edit ${name}` })
    .click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(edit.getByRole('radiogroup', { name: 'Sex' }).getByRole('radio', { name: 'Not recorded' })).toBeChecked();
  await tick(edit.getByRole('radiogroup', { name: 'Sex' }).getByRole('radio', { name: 'Female' }));
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await openClient(page, name);

  await page.getByRole('button', { name: 'Plan a session' }).click();
  const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
  await tick(plan.getByRole('radio', { name: /^Intranasal esketamine/ }));
  await tick(plan.getByRole('radio', { name: '84 mg, 3 devices' }));
  await plan.getByRole('button', { name: 'Plan and go to check-in' }).click();

  const checkIn = page.getByRole('form', { name: 'Check in' });
  await fillVitals(checkIn, { systolic: 128, diastolic: 82, heartRate: 70, spo2: 98 });
  for (const item of ['Blood pressure before the dose recorded', 'No food for 2 hours', 'No liquids for 30 minutes']) {
    await tick(checkIn.getByRole('checkbox', { name: item }));
  }
  await checkIn.getByRole('button', { name: 'Check in' }).click();

  await page.getByRole('button', { name: 'Device 1 given (28 mg): start the clock' }).click();
  await expect(roomClock(page)).toHaveText('00:00');
  const dosedAt = await dosedAtInMain(server);

  // Devices 2 and 3, five minutes apart, each answered with the acknowledge key.
  const due = page.getByRole('list', { name: 'Due now' });
  for (const device of [2, 3]) {
    await page.clock.setFixedTime(dosedAt + (device - 1) * 5 * MINUTE);
    await expect(due).toContainText(`Device ${device} of 3`);
    await page.keyboard.press('a');
    await expect(due).toBeHidden();
    await expect(timelineEntry(page, new RegExp(`^Dose at T\\+${device === 2 ? '05' : '10'}:`))).toContainText(`28 mg, device ${device}`);
  }

  // The blood-pressure cue at T+40.
  await page.clock.setFixedTime(dosedAt + 40 * MINUTE);
  await expect(due).toContainText('Blood pressure at 40 minutes');
  await page.keyboard.press('a');
  await expect(due).toBeHidden();
  await expect(timelineEntry(page, /^Cue at T\+40:/)).toContainText('Acknowledged: Blood pressure at 40 minutes');

  // A raised reading names both thresholds it crosses.
  await page.keyboard.press('v');
  const vitals = page.getByRole('dialog', { name: 'Vitals' });
  await fillVitals(vitals, { systolic: 186, diastolic: 104, heartRate: 84, spo2: 97 });
  await vitals.getByRole('button', { name: 'Add to timeline' }).click();
  const alerts = page.getByRole('region', { name: 'Vital sign alerts' });
  await expect(alerts.getByRole('button', { name: /^Source for: / })).toHaveCount(2);
  for (const sourceButton of await alerts.getByRole('button', { name: /^Source for: / }).all()) await sourceButton.click();
  await expect(alerts).toContainText('Threshold: Systolic blood pressure above 180 mmHg.');
  await expect(alerts).toContainText('Threshold: Systolic blood pressure rise of 40 mmHg or more from baseline after the dose.');
  await expect(timelineEntry(page, /^Vitals at T\+40:/)).toContainText('Systolic blood pressure 186 mmHg is 58 mmHg above the baseline of 128 mmHg');
  await expectAccessible(page, 'esketamine room with an alert');

  await page.keyboard.press('q');
  const words = page.getByRole('dialog', { name: "Client's words" });
  await words.getByRole('textbox', { name: 'Their words, as said' }).fill('I could see the whole valley');
  await words.getByRole('textbox', { name: 'Their words, as said' }).press('Enter');
  await expect(timelineEntry(page, /^Client's words at T\+40:/)).toContainText('For integration');

  // Before two hours, discharge warns and still allows; here the therapist waits.
  await page.clock.setFixedTime(dosedAt + 100 * MINUTE);
  // The client is clinically ready before the 2-hour rule allows leaving; the REMS form takes the time.
  await page.getByRole('button', { name: 'Clinically ready', exact: true }).click();
  await expect(timelineEntry(page, /^Clinically ready at T\+1:40:/)).toContainText('Clinically ready to leave');
  await expect(page.getByRole('button', { name: /^Clinically ready logged T\+1:40/ })).toBeVisible();
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const early = page.getByRole('dialog', { name: 'Discharge' });
  await expect(early.getByRole('status')).toContainText('the protocol asks for at least 2 h 00 min');
  await early.getByRole('button', { name: 'Cancel' }).click();

  await page.clock.setFixedTime(dosedAt + 125 * MINUTE);
  await page.keyboard.press('v');
  await fillVitals(page.getByRole('dialog', { name: 'Vitals' }), { systolic: 132, diastolic: 84 });
  await page.getByRole('dialog', { name: 'Vitals' }).getByRole('button', { name: 'Add to timeline' }).click();
  await expect(page.getByRole('region', { name: 'Vital sign alerts' })).toHaveCount(0);

  await page.clock.setFixedTime(dosedAt + 127 * MINUTE);
  await page.getByRole('button', { name: 'Discharge…' }).click();
  const discharge = page.getByRole('dialog', { name: 'Discharge' });
  // Past the two hours: no warning about the time; the warning left names only what is unticked.
  const warning = discharge.getByRole('status');
  for (const item of [
    'At least 2 hours since the first device',
    'Dissociation resolved',
    'No respiratory depression',
    'Vitals acceptable',
    'Ride home present',
  ]) {
    await tick(discharge.getByRole('checkbox', { name: item }));
  }
  await expect(warning.getByRole('listitem')).toHaveText(['Sedation resolved (MOAA/S 5)', 'Reminded: no driving until the next day, after sleep']);
  await expect(warning).not.toContainText('the protocol asks for at least');
  await discharge.getByRole('button', { name: 'Discharge and end the session' }).click();

  // The REMS form, filled from the timeline.
  const rems = page.getByRole('region', { name: 'REMS Patient Monitoring Form' });
  // Due 7 calendar days after the dose's date; the page's "now" is 127 minutes later and may already be the next day.
  const daysLeft = 7 - calendarDaysBetween(dosedAt, dosedAt + 127 * MINUTE);
  await expect(rems).toContainText(new RegExp(`Not yet submitted: due by \\d{4}-\\d\\d-\\d\\d, in ${daysLeft} days`));
  const prefilled: [string, string | RegExp][] = [
    ['Name', name],
    ['Date of birth', '1979-05-06'],
    ['Dose', '84 mg'],
    ['Total minutes, first device to end of monitoring', '127'],
    ['Blood pressure before dosing', '128/82'],
    ['Blood pressure at 40 minutes', '186/104'],
    ['Blood pressure before discharge', '132/84'],
  ];
  for (const [label, value] of prefilled) {
    await expect(rems.getByRole('textbox', { name: label, exact: true })).toHaveValue(value);
  }
  await expect(rems.getByRole('radiogroup', { name: 'Acceptable before discharge' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(rems.getByRole('radiogroup', { name: 'Sex' }).getByRole('radio', { name: 'Female' })).toBeChecked();
  const readyAt = new Date(dosedAt + 100 * MINUTE);
  const readyTime = `${String(readyAt.getHours()).padStart(2, '0')}:${String(readyAt.getMinutes()).padStart(2, '0')}`;
  await expect(rems.getByLabel('Ready to leave, without the 2-hour rule')).toHaveValue(readyTime);
  await expectAccessible(page, 'REMS form');

  await tick(rems.getByRole('radio', { name: 'Female' }));
  await tick(rems.getByRole('radiogroup', { name: 'First treatment' }).getByRole('radio', { name: 'No' }));
  await rems.getByRole('textbox', { name: 'Lot number' }).fill('LOT-4417B');
  await rems.getByRole('textbox', { name: 'Monitoring provider' }).fill('A. Therapist');
  await rems.getByRole('button', { name: 'Save form' }).click();
  await expect(rems.getByRole('status').filter({ hasText: 'Form saved.' })).toBeVisible();

  // Outside the desktop app, Export PDF says to print instead.
  await rems.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(rems.getByRole('status').filter({ hasText: 'Export to PDF needs the desktop app' })).toBeVisible();

  // The print layout shows the form alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Spravato REMS Patient Monitoring Form' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: session 1` })).toBeHidden();
  await expect(page.getByRole('article')).toContainText('LOT-4417B');
  await page.emulateMedia({ media: 'screen' });

  // The deadline shows on the home screen until the form is marked submitted.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  const pending = page.getByRole('region', { name: 'REMS forms to submit' });
  await expect(pending).toContainText(name);
  await expectAccessible(page, 'home with REMS deadlines');
  await pending.getByRole('button', { name: new RegExp(`^Open the REMS form for ${name}`) }).click();
  await page.getByRole('region', { name: 'REMS Patient Monitoring Form' }).getByRole('button', { name: 'Mark as submitted' }).click();
  await expect(page.getByRole('region', { name: 'REMS Patient Monitoring Form' })).toContainText('Marked submitted on');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'REMS forms to submit' })).toHaveCount(0);
});

/** Whole local calendar days from one instant's date to another's (the browser shares this machine's zone). */
function calendarDaysBetween(from: number, to: number): number {
  const day = (at: number) => {
    const date = new Date(at);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((day(to) - day(from)) / (24 * 60 * MINUTE));
}
