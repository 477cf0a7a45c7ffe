import type { Locator, Page } from '@playwright/test';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, openClient, tick } from './session-steps';

const NO_REMS = 'The latest evaluation does not record enrolment in the Spravato REMS.';

function evaluationSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Evaluation' });
}

function finding(dialog: Locator, label: string): Locator {
  return dialog.getByRole('radiogroup', { name: label });
}

test('record an evaluation with trials, the checklist and a deferred candidacy; its baseline PHQ-9; a Spravato session without REMS enrolment warns until it is recorded', async ({
  page,
  server,
}) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Maren');
  await seedClient(server, { displayName: name });
  await page.goto(server.url);

  // The clinic adds an item to its checklist in Settings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const checklist = page.getByRole('region', { name: 'Evaluation checklist' });
  await expect(checklist.getByRole('textbox', { name: 'Contraindication 1' })).toHaveValue(/^Aneurysmal vascular disease/);
  await checklist.getByRole('button', { name: 'Add an item' }).click();
  await expect(checklist.getByRole('textbox', { name: 'Contraindication 9' })).toBeFocused();
  await checklist.getByRole('button', { name: 'Save checklist' }).click();
  await expect(checklist.getByRole('textbox', { name: 'Contraindication 9' })).toHaveAccessibleDescription(/Enter the item, or remove it\./);
  await expect(checklist.getByRole('textbox', { name: 'Contraindication 9' })).toBeFocused();
  await checklist.getByRole('textbox', { name: 'Contraindication 9' }).fill('Uncontrolled seizure disorder');
  await checklist.getByRole('button', { name: 'Save checklist' }).click();
  await expect(checklist.getByRole('status')).toHaveText('Saved.');
  await expectAccessible(page, 'settings with the evaluation checklist');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  await openClient(page, name);
  const section = evaluationSection(page);
  await expect(section).toContainText('No evaluation yet.');

  await section.getByRole('button', { name: 'Record evaluation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an evaluation' });
  await dialog.getByRole('textbox', { name: 'Presenting symptoms' }).fill('Low mood and anhedonia for two years.');

  // Two medication trials, typed row by row; a new row's drug takes focus, and a comma is just text.
  await dialog.getByRole('button', { name: 'Add a medication trial' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Drug, trial 1' })).toBeFocused();
  await page.keyboard.type('Sertraline, then escitalopram');
  await page.keyboard.press('Tab');
  await page.keyboard.type('100 mg');
  await dialog.getByRole('textbox', { name: 'Duration, trial 1' }).fill('12 weeks');
  await dialog.getByRole('textbox', { name: 'Outcome, trial 1' }).fill('Partial response');
  await dialog.getByRole('textbox', { name: 'Reason stopped, trial 1' }).fill('Nausea');
  await dialog.getByRole('button', { name: 'Add a medication trial' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Drug, trial 2' })).toBeFocused();
  await page.keyboard.type('Bupropion');
  await dialog.getByRole('button', { name: 'Add a medication trial' }).click();
  await dialog.getByRole('button', { name: 'Remove trial 3' }).click();
  await expect(dialog.getByRole('button', { name: 'Add a medication trial' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Drug, trial 3' })).toHaveCount(0);

  // The clinic's checklist, its new item included; every item starts as not asked.
  await expect(finding(dialog, 'Pregnancy').getByRole('radio', { name: 'Not asked' })).toBeChecked();
  await tick(finding(dialog, 'Uncontrolled hypertension').getByRole('radio', { name: 'Present' }));
  await dialog.getByRole('textbox', { name: 'Note on Uncontrolled hypertension' }).fill('152/96 at intake');
  await tick(finding(dialog, 'Pregnancy').getByRole('radio', { name: 'Absent' }));
  await tick(finding(dialog, 'Uncontrolled seizure disorder').getByRole('radio', { name: 'Absent' }));

  // Deferred needs a reason: said on the field, not stored.
  await tick(dialog.getByRole('radiogroup', { name: 'Candidacy' }).getByRole('radio', { name: 'Deferred' }));
  await dialog.getByRole('button', { name: 'Save evaluation' }).click();
  const reason = dialog.getByRole('textbox', { name: 'Reason for the decision' });
  await expect(reason).toHaveAccessibleDescription(/a reason is needed when the client is not a candidate or the decision is deferred/);
  await reason.fill('Blood pressure to be reviewed by the GP first');
  await dialog.getByRole('textbox', { name: 'Psychoeducation given on' }).fill('2026-03-02');
  await expectAccessible(page, 'record evaluation');
  await page.screenshot({ path: 'test-results/evaluation-dialog.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Save evaluation' }).click();
  await expect(dialog).toBeHidden();

  await expect(section.getByRole('heading', { level: 3, name: /^Evaluation of / })).toBeVisible();
  await expect(section).toContainText('Deferred: Blood pressure to be reviewed by the GP first');
  const trials = section.getByRole('table', { name: 'Medication trials' }).getByRole('row');
  await expect(trials).toHaveCount(3);
  await expect(trials.nth(1)).toContainText('Sertraline, then escitalopram');
  await expect(trials.nth(1)).toContainText('Nausea');
  await expect(trials.nth(2)).toContainText('Bupropion');
  await expect(section).toContainText('PresentUncontrolled hypertension (152/96 at intake)');
  await expect(section).toContainText('AbsentPregnancy; Uncontrolled seizure disorder');
  await expect(section).toContainText('Spravato REMSEnrolment not recorded');

  // The baseline PHQ-9, recorded from the evaluation with the measures' own dialog.
  await expect(section).toContainText('PHQ-9: none recorded.');
  await section.getByRole('button', { name: 'Record baseline PHQ-9' }).click();
  const phq9 = page.getByRole('dialog', { name: 'Record PHQ-9' });
  for (const key of ['2', '2', '1', '1', '1', '1', '1', '0', '0']) await page.keyboard.press(key);
  await phq9.getByRole('button', { name: 'Save PHQ-9' }).click();
  await expect(phq9).toBeHidden();
  await expect(section).toContainText('PHQ-9: 9 of 27, Mild');
  await expect(section.getByRole('button', { name: 'Record baseline GAD-7' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Measures' }).getByRole('table')).toContainText('9 of 27');
  await expectAccessible(page, 'client page with an evaluation');
  await section.getByRole('heading', { level: 2, name: 'Evaluation' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/evaluation-section.png' });

  // A Spravato session without REMS enrolment on record: warned when planned and at check-in, never blocked.
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const plan = page.getByRole('dialog', { name: `Plan a session with ${name}` });
  await tick(plan.getByRole('radio', { name: /^Intramuscular/ }));
  await expect(plan.getByRole('status').filter({ hasText: NO_REMS })).toHaveCount(0);
  await tick(plan.getByRole('radio', { name: /^Intranasal esketamine/ }));
  await expect(plan.getByRole('status').filter({ hasText: NO_REMS })).toContainText('You can still plan the session.');
  await expectAccessible(page, 'plan a Spravato session');
  await plan.getByRole('button', { name: 'Plan and go to check-in' }).click();
  const checkIn = page.getByRole('form', { name: 'Check in' });
  await expect(checkIn.getByRole('status').filter({ hasText: NO_REMS })).toContainText('You can still check in.');
  await expect(checkIn.getByRole('button', { name: 'Check in' })).toBeEnabled();

  // Enrolment recorded in an edit of the evaluation: the warning goes.
  await page.getByRole('button', { name: 'Back to the client’s page' }).click();
  await section.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the evaluation' });
  await expect(edit.getByRole('textbox', { name: 'Drug, trial 1' })).toHaveValue('Sertraline, then escitalopram');
  await expect(finding(edit, 'Uncontrolled hypertension').getByRole('radio', { name: 'Present' })).toBeChecked();
  await tick(edit.getByRole('checkbox', { name: /Enrolled in the Spravato REMS/ }));
  await edit.getByRole('textbox', { name: 'REMS enrolment date' }).fill('2026-03-03');
  await edit.getByRole('button', { name: 'Save evaluation' }).click();
  await expect(edit).toBeHidden();
  await expect(section).toContainText('Spravato REMSEnrolled, ');
  await expect(section).toContainText(/Edited /);
  await page.getByRole('button', { name: 'Go to check-in' }).click();
  await expect(page.getByRole('form', { name: 'Check in' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Check in' })).not.toContainText(NO_REMS);
});

test('a re-evaluation becomes the latest; the earlier one stays listed and opens in place, as recorded', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Oskar');
  const client = await seedClient(server, { displayName: name });
  const base = {
    clientId: client.id,
    presentingSymptoms: 'Low mood',
    medicationTrials: [{ drug: 'Sertraline', dose: '100 mg', duration: '8 weeks', outcome: 'No change', reasonStopped: 'No effect' }],
    contraindications: [{ id: 'pregnancy', label: 'Pregnancy', answer: 'absent' as const, note: null }],
    consentDate: '2026-01-06',
    psychoeducationDate: '2026-01-06',
    remsEnrolled: false,
    remsEnrolledOn: null,
  };
  await dispatch(server, 'evaluations.record', { ...base, evaluatedOn: '2026-01-05', candidacy: 'deferred', candidacyReason: 'Blood pressure review first' });
  await dispatch(server, 'evaluations.record', { ...base, evaluatedOn: '2026-04-20', candidacy: 'candidate', candidacyReason: null });
  await page.goto(server.url);
  await openClient(page, name);

  const section = evaluationSection(page);
  await expect(section.getByRole('heading', { level: 3, name: /^Evaluation of Apr 20, 2026$/ })).toBeVisible();
  const earlier = section.getByRole('list', { name: 'Earlier evaluations' });
  const open = earlier.getByRole('button', { name: 'Evaluation of Jan 5, 2026: Deferred' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(earlier).toContainText('Deferred: Blood pressure review first');
  await expectAccessible(page, 'client page with an earlier evaluation open');
});
