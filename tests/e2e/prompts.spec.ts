import type { Page } from '@playwright/test';
import { createLockedVault, expect, expectAccessible, test, uniqueName, unlockInMain } from './fixtures';
import { dispatch, MINUTE, openVaultForTheRoom, seedDosedSession, tick, untick } from './session-steps';

/** Where screenshots go when KAP_SCREENSHOTS names a folder; without it none are taken. */
async function snapshot(page: Page, name: string): Promise<void> {
  const folder = process.env.KAP_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: false });
}

test('the prompt library: add an own prompt, edit it, archive it and restore it', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const library = page.getByRole('region', { name: 'Integration prompts' });
  await expect(library.getByRole('heading', { level: 3, name: 'During' })).toBeVisible();
  // The team's library is there from the start, each prompt saying whose it is.
  const during = library.getByRole('list', { name: 'During' });
  await expect(during.getByRole('listitem').filter({ hasText: 'How is your body right now?' })).toContainText('Team');
  await library.scrollIntoViewIfNeeded();
  await snapshot(page, 'prompts-settings');
  await expectAccessible(page, 'settings with the prompt library');

  await library.getByRole('button', { name: 'Add a prompt' }).click();
  const add = page.getByRole('dialog', { name: 'Add a prompt' });
  await tick(add.getByRole('radio', { name: 'Weekly' }));
  await add.getByRole('textbox', { name: 'Prompt' }).fill('What small step felt possible this week?');
  await snapshot(page, 'prompts-add-dialog');
  await expectAccessible(page, 'add a prompt');
  await add.getByRole('button', { name: 'Save prompt' }).click();
  await expect(add).toBeHidden();
  const weekly = library.getByRole('list', { name: 'Weekly' });
  const own = weekly.getByRole('listitem').filter({ hasText: 'What small step felt possible this week?' });
  await expect(own).toContainText('Your own');

  await own.getByRole('button', { name: /^Edit What small step felt possible/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit prompt' });
  await expect(edit.getByRole('radio', { name: 'Weekly' })).toBeChecked();
  await edit.getByRole('textbox', { name: 'Prompt' }).fill('What small step felt possible, and what made it so?');
  await expectAccessible(page, 'edit a prompt');
  await edit.getByRole('button', { name: 'Save prompt' }).click();
  await expect(edit).toBeHidden();
  const edited = weekly.getByRole('listitem').filter({ hasText: 'What small step felt possible, and what made it so?' });
  await expect(edited).toBeVisible();

  // Archived prompts leave the library's list; the switch brings them back into view.
  await edited.getByRole('button', { name: /^Archive What small step/ }).click();
  await expect(library.getByText('What small step felt possible, and what made it so?')).toHaveCount(0);
  await expect(library.getByRole('status').first()).toContainText('Archived');
  const showArchived = library.getByRole('switch', { name: 'Show archived' });
  await tick(showArchived);
  const archived = weekly.getByRole('listitem').filter({ hasText: 'What small step felt possible, and what made it so?' });
  await expect(archived).toContainText('archived');
  await expect(archived.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await expectAccessible(page, 'prompt library with archived prompts');
  await archived.getByRole('button', { name: /^Restore What small step/ }).click();
  await expect(archived).not.toContainText('archived');
  await untick(showArchived);
  await expect(weekly.getByRole('listitem').filter({ hasText: 'What small step felt possible, and what made it so?' })).toContainText('Your own');
});

test('the session room offers the prompts of its phase, quietly, and keeps its shortcuts', async ({ page, server }) => {
  const clockStart = await openVaultForTheRoom(page, server);
  // Archived prompts never reach the room.
  const { prompts } = await dispatch(server, 'prompts.list', {});
  await dispatch(server, 'prompts.archive', { id: prompts.find((prompt) => prompt.text.startsWith('Can you notice your breath'))!.id });
  await seedDosedSession(server, clockStart - 2 * MINUTE, { displayName: uniqueName('Ada'), preferredName: 'Ada' });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Ada' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Prompts for now' });
  await expect(panel.getByRole('heading', { name: /During/ })).toBeVisible();
  await expect(panel).toContainText('Brief body and safety check-ins only');
  await expect(panel.getByRole('listitem')).toHaveText(['How is your body right now? Is there anything you need?', /^You are safe and I am here/]);
  await expect(panel).not.toContainText('What images, colours');
  await snapshot(page, 'prompts-room');
  await expectAccessible(page, 'session room with prompts');

  await panel.getByRole('button', { name: 'Hide prompts' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Show prompts' })).toHaveAttribute('aria-expanded', 'false');
  // The room's single keys still work with focus on the toggle.
  await page.keyboard.press('o');
  const observation = page.getByRole('dialog', { name: 'Observation' });
  await expect(observation).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(observation).toBeHidden();
  await panel.getByRole('button', { name: 'Show prompts' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(2);

  // From the return on, the room turns to capturing what came up.
  await page.clock.setFixedTime(clockStart + 75 * MINUTE);
  await expect(panel.getByRole('heading', { name: /Right after/ })).toBeVisible();
  await expect(panel).toContainText('what images, colours or scenes are still with you?');
});

test('a discharged session plans its follow-up prompts, in order', async ({ page, server }) => {
  await createLockedVault(server);
  await unlockInMain(server);
  const name = uniqueName('Beatrix');
  const dosedAt = Date.now() - 3 * 60 * MINUTE;
  const sessionId = await seedDosedSession(server, dosedAt, { displayName: name, preferredName: 'Bea' });
  await dispatch(server, 'sessions.discharge', { id: sessionId, checklist: {}, at: dosedAt + 150 * MINUTE });

  await page.goto(server.url);
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await page.getByRole('button', { name: 'Open session 1' }).click();
  const section = page.getByRole('region', { name: 'Follow-up prompts' });
  await expect(section).toContainText('None planned yet.');

  await section.getByRole('button', { name: 'Plan follow-up prompts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan follow-up prompts' });
  // The follow-up phase comes first, then what was captured right after.
  await expect(dialog.getByRole('group').first()).toHaveAccessibleName('24-72 hours later');
  await expect(dialog.getByRole('group').nth(1)).toHaveAccessibleName('Right after (30 min - 2 h)');
  await expect(dialog.getByRole('checkbox').first()).toBeFocused();
  const surprised = 'Looking back over the past days, what surprised you about the session?';
  const images = 'Before we make sense of anything: what images, colours or scenes are still with you?';
  const carry = 'What would you like to carry forward into the coming week?';
  for (const text of [surprised, images, carry]) await tick(dialog.getByRole('checkbox', { name: text }));
  const order = dialog.getByRole('list', { name: 'In this order' });
  await expect(order.getByRole('listitem')).toHaveText([new RegExp(`^${surprised}`), /^Before we make sense/, new RegExp(`^${carry}`)]);
  const moveUp = order.getByRole('button', { name: 'Move up: What would you like to carry…' });
  await moveUp.click();
  await expect(order.getByRole('listitem')).toHaveText([new RegExp(`^${surprised}`), new RegExp(`^${carry}`), /^Before we make sense/]);
  // The moved prompt keeps focus, so moving it again is one more press.
  await expect(moveUp).toBeFocused();
  await snapshot(page, 'prompts-plan-dialog');
  await expectAccessible(page, 'plan follow-up prompts');
  await dialog.getByRole('button', { name: 'Save plan' }).click();
  await expect(dialog).toBeHidden();

  await expect(section.getByRole('status')).toHaveText('Saved: 3 prompts planned.');
  await expect(section.getByRole('list', { name: 'Planned follow-up prompts' }).getByRole('listitem')).toHaveText([surprised, carry, images]);
  const planned = await dispatch(server, 'prompts.sessionPlan', { sessionId });
  expect(planned.prompts.map((prompt) => prompt.text)).toEqual([surprised, carry, images]);
  await section.scrollIntoViewIfNeeded();
  await snapshot(page, 'prompts-summary');
  await expectAccessible(page, 'session summary with follow-up prompts');

  // Reopening starts from the saved plan; unticking takes a prompt out.
  await section.getByRole('button', { name: 'Plan follow-up prompts' }).click();
  await untick(dialog.getByRole('checkbox', { name: images }));
  await dialog.getByRole('button', { name: 'Save plan' }).click();
  await expect(section.getByRole('list', { name: 'Planned follow-up prompts' }).getByRole('listitem')).toHaveText([surprised, carry]);
});
