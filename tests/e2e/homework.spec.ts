import type { Locator, Page } from '@playwright/test';
import { createLockedVault, expect, expectAccessible, seedClient, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, openClient, tick } from './session-steps';

/** A YYYY-MM-DD date some days from today, local time, as the date input takes it. */
function isoDateIn(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** Presses Tab until the control has focus, the way a keyboard user moves through a form; fails if it takes too many. */
async function tabTo(page: Page, control: Locator, limit = 12): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(control).toBeFocused();
}

function homeworkSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Homework' });
}

test('assign an exposure hierarchy, rank it by SUDS, and find it saved', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Maren');
  const client = await seedClient(server, { displayName: name });
  await page.goto(server.url);
  await openClient(page, name);

  const section = homeworkSection(page);
  await expect(section.getByRole('heading', { level: 2, name: 'Homework' })).toBeVisible();
  await expect(section).toContainText('No homework yet.');

  // Assign: type, title and due date are all it takes.
  await section.getByRole('button', { name: 'Assign homework' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign homework' });
  await expect(assign.getByRole('radio', { name: 'Exposure hierarchy' })).toHaveAccessibleDescription(/SUDS 0-100/);
  await expectAccessible(page, 'assign homework');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(/Give the homework a title/);
  await tick(assign.getByRole('radio', { name: 'Exposure hierarchy' }));
  await assign.getByRole('textbox', { name: 'Title' }).fill('Supermarket ladder');
  await assign.getByLabel('Due date').fill(isoDateIn(7));
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();

  // The new homework opens on its worksheet.
  const dialog = page.getByRole('dialog', { name: 'Homework: Supermarket ladder' });
  await expect(dialog.getByRole('definition').first()).toHaveText('Exposure hierarchy');
  await expect(dialog.getByRole('radio', { name: 'Assigned' })).toBeChecked();
  const steps: [string, number][] = [
    ['Queue at the busiest till', 80],
    ['Walk past the entrance', 15],
    ['Buy one item at a quiet hour', 45],
  ];
  for (const [index, [situation, suds]] of steps.entries()) {
    await dialog.getByRole('button', { name: 'Add a step' }).click();
    await expect(dialog.getByRole('textbox', { name: `Situation, step ${index + 1}` })).toBeFocused();
    await page.keyboard.type(situation);
    await dialog.getByRole('textbox', { name: `SUDS, step ${index + 1}` }).fill(String(suds));
  }
  await expect(dialog).toContainText('Not in SUDS order yet.');
  await dialog.getByRole('button', { name: 'Sort by SUDS' }).click();
  await expect(dialog).toContainText('Ranked from the least distressing step up.');
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 1' })).toHaveValue('Walk past the entrance');
  await expect(dialog.getByRole('textbox', { name: 'SUDS, step 3' })).toHaveValue('80');
  await tick(dialog.getByRole('checkbox', { name: 'Done, step 1' }));
  // Sorting right after typing a rating, the field still focused, takes one click.
  await dialog.getByRole('textbox', { name: 'SUDS, step 1' }).fill('90');
  await expect(dialog).toContainText('Not in SUDS order yet.');
  await dialog.getByRole('button', { name: 'Sort by SUDS' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 3' })).toHaveValue('Walk past the entrance');
  await dialog.getByRole('textbox', { name: 'SUDS, step 3' }).fill('15');
  await dialog.getByRole('button', { name: 'Sort by SUDS' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 1' })).toHaveValue('Walk past the entrance');
  await expect(dialog).toContainText('Ranked from the least distressing step up.');
  // A rating outside its scale is refused with the scale named, never clamped to its end, and nothing is saved meanwhile.
  const suds = dialog.getByRole('textbox', { name: 'SUDS, step 2' });
  await suds.fill('450');
  await suds.press('Tab');
  await expect(suds).toHaveValue('450');
  await expect(suds).toHaveAccessibleDescription(/from 0 to 100: 450 is above that/);
  await dialog.getByRole('button', { name: 'Save homework' }).click();
  await expect(suds).toBeFocused();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  await suds.fill('45');
  await expectAccessible(page, 'exposure hierarchy worksheet');
  await dialog.getByRole('button', { name: 'Save homework' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const list = section.getByRole('list', { name: 'Open', exact: true });
  const item = list.getByRole('listitem').filter({ hasText: 'Supermarket ladder' });
  await expect(item).toContainText('Exposure hierarchy');
  await expect(item).toContainText('Assigned');
  await expect(item).toContainText('in 7 days');
  await expectAccessible(page, 'client page with homework');

  // Reopen: everything as saved, in SUDS order.
  await item.getByRole('button', { name: 'Open Supermarket ladder' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 1' })).toHaveValue('Walk past the entrance');
  await expect(dialog.getByRole('textbox', { name: 'SUDS, step 1' })).toHaveValue('15');
  await expect(dialog.getByRole('checkbox', { name: 'Done, step 1' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 2' })).toHaveValue('Buy one item at a quiet hour');
  await expect(dialog.getByRole('textbox', { name: 'SUDS, step 2' })).toHaveValue('45');
  await expect(dialog.getByRole('checkbox', { name: 'Done, step 2' })).not.toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 3' })).toHaveValue('Queue at the busiest till');

  // Removing a step keeps the keyboard in the worksheet.
  await dialog.getByRole('button', { name: 'Remove step 3' }).click();
  await expect(dialog.getByRole('button', { name: 'Add a step' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Situation, step 3' })).toHaveCount(0);

  // Unsaved changes are not dropped by Escape without asking.
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  const [stored] = (await dispatch(server, 'homework.listForClient', { clientId: client.id })).homework;
  expect(stored?.fields.type === 'exposure-hierarchy' && stored.fields.steps).toHaveLength(3);
});

test('a behavioural experiment from the keyboard alone: beliefs before and after, completed with its outcome', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Idris');
  const client = await seedClient(server, { displayName: name });
  // Older homework, past its date: overdue is said in words.
  await dispatch(server, 'homework.create', {
    clientId: client.id,
    title: 'Activity diary',
    dueDate: isoDateIn(-3),
    fields: { type: 'behavioural-activation', activities: [] },
  });
  await page.goto(server.url);
  await openClient(page, name);
  const section = homeworkSection(page);
  await expect(section.getByRole('listitem').filter({ hasText: 'Activity diary' })).toContainText('3 days overdue');

  // Assign: Enter opens, arrows choose the type, Enter in the title assigns.
  await section.getByRole('button', { name: 'Assign homework' }).focus();
  await page.keyboard.press('Enter');
  const assign = page.getByRole('dialog', { name: 'Assign homework' });
  await expect(assign.getByRole('radio', { name: 'Thought record' })).toBeFocused();
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  await expect(assign.getByRole('radio', { name: 'Behavioural experiment' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(assign.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Speak up in the team meeting');
  await page.keyboard.press('Enter');
  await expect(assign).toBeHidden();

  const dialog = page.getByRole('dialog', { name: 'Homework: Speak up in the team meeting' });
  await expect(dialog).toBeVisible();
  const fill = async (control: Locator, text: string) => {
    await tabTo(page, control);
    await page.keyboard.type(text);
  };
  await fill(dialog.getByRole('textbox', { name: 'Prediction' }), 'If I speak, people will think I am stupid.');
  await fill(dialog.getByRole('textbox', { name: 'Belief before (%)' }), '85');
  await fill(dialog.getByRole('textbox', { name: 'Experiment' }), 'Offer one idea in Tuesday’s meeting.');
  await fill(dialog.getByRole('textbox', { name: 'What happened' }), 'Two colleagues built on it.');
  await fill(dialog.getByRole('textbox', { name: 'What I learned' }), 'Most people were interested, not judging.');
  await fill(dialog.getByRole('textbox', { name: 'Belief after (%)' }), '30');
  await expectAccessible(page, 'behavioural experiment worksheet');

  // Status: Shift+Tab back to the group, arrows to Completed.
  for (
    let presses = 0;
    presses < 20 && !(await dialog.getByRole('radio', { name: 'Assigned' }).evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(dialog.getByRole('radio', { name: 'Assigned' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Completed' })).toBeChecked();
  await fill(dialog.getByRole('textbox', { name: "Client's outcome" }), 'Did it twice; wants to try it with family next.');
  await tabTo(page, dialog.getByRole('button', { name: 'Save homework' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const item = section.getByRole('listitem').filter({ hasText: 'Speak up in the team meeting' });
  await expect(item).toContainText('Behavioural experiment');
  await expect(item).toContainText('Completed');

  // A note that mentions the homework is listed with it.
  const { homework } = await dispatch(server, 'homework.listForClient', { clientId: client.id });
  const experiment = homework.find((one) => one.title === 'Speak up in the team meeting')!;
  const note = await dispatch(server, 'notes.create', { clientId: client.id, kind: 'integration', title: 'Integration after session 2' });
  const content = JSON.stringify({
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Agreed: ' },
          { type: 'homeworkLink', attrs: { id: experiment.id } },
        ],
      },
    ],
  });
  await dispatch(server, 'notes.save', { id: note.id, baseRevision: note.revision, content, title: 'Integration after session 2', isPrivate: false });

  // Reopen from the keyboard: everything as saved.
  await item.getByRole('button', { name: 'Open Speak up in the team meeting' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Prediction' })).toHaveValue('If I speak, people will think I am stupid.');
  await expect(dialog.getByRole('textbox', { name: 'Belief before (%)' })).toHaveValue('85');
  await expect(dialog.getByRole('textbox', { name: 'Belief after (%)' })).toHaveValue('30');
  await expect(dialog.getByRole('textbox', { name: 'What I learned' })).toHaveValue('Most people were interested, not judging.');
  await expect(dialog.getByRole('radio', { name: 'Completed' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: "Client's outcome" })).toHaveValue('Did it twice; wants to try it with family next.');
  const mentions = dialog.getByRole('list', { name: 'Notes that mention this homework' });
  await expect(mentions.getByRole('button', { name: 'Open note Integration after session 2' })).toBeVisible();
  await expect(mentions).toContainText('Integration note');
  await expectAccessible(page, 'homework with a backlink');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
