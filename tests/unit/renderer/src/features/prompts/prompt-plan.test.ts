import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../../../../../shared/contract';
import { PROMPT_PHASE_LABELS, type PromptPhase } from '../../../../../../shared/prompts/prompt-phases';
import { FOLLOW_UP_PHASE_ORDER, firstWords, groupByPhase, offered } from '../../../../../../renderer/src/features/prompts/prompt-groups';
import { movePlanned, pickerSections, PLANNED_SECTION_TITLE, replanPhase } from '../../../../../../renderer/src/features/prompts/prompt-plan';

function prompt(id: string, phase: PromptPhase, archived = false): Prompt {
  return { id, phase, text: `Prompt ${id}`, isOwn: false, archivedAt: archived ? 1 : null, updatedAt: 1 };
}

const library = [
  prompt('b1', 'before'),
  prompt('d1', 'during'),
  prompt('a1', 'after'),
  prompt('a2', 'after', true),
  prompt('f1', 'follow-up'),
  prompt('f2', 'follow-up'),
  prompt('w1', 'weekly'),
];

describe('grouping prompts by phase', () => {
  it('keeps the phase order and each phase’s own order, and leaves empty phases out', () => {
    const groups = groupByPhase([prompt('f1', 'follow-up'), prompt('b1', 'before'), prompt('f2', 'follow-up')]);
    expect(groups.map((group) => [group.phase, group.prompts.map((one) => one.id)])).toEqual([
      ['before', ['b1']],
      ['follow-up', ['f1', 'f2']],
    ]);
  });

  it('puts follow-up and after first when planning a follow-up', () => {
    expect(groupByPhase(library, FOLLOW_UP_PHASE_ORDER).map((group) => group.phase)).toEqual(['follow-up', 'after', 'before', 'during', 'weekly']);
  });

  it('offers only prompts that are not archived', () => {
    expect(offered(library).map((one) => one.id)).not.toContain('a2');
  });

  it('names a prompt by its first words', () => {
    expect(firstWords('What would you like to bring into today, in your own words?')).toBe('What would you like to bring…');
    expect(firstWords('  How is your body?  ')).toBe('How is your body?');
  });
});

describe('ordering a follow-up plan', () => {
  it('moves one prompt a place up or down, and not past either end', () => {
    expect(movePlanned(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(movePlanned(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(movePlanned(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(movePlanned(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(movePlanned(['a', 'b'], -1, 1)).toEqual(['a', 'b']);
  });

  it('adds newly ticked prompts at the end and drops unticked ones, keeping the rest in place', () => {
    const plan = ['f2', 'a1', 'f1'];
    expect(replanPhase(plan, ['f1', 'f2'], ['f1'])).toEqual(['a1', 'f1']);
    expect(replanPhase(plan, ['b1'], ['b1'])).toEqual(['f2', 'a1', 'f1', 'b1']);
    expect(replanPhase([], ['f1', 'f2'], ['f2', 'f1'])).toEqual(['f2', 'f1']);
  });
});

describe('the prompt picker', () => {
  it('lists the session’s plan first, in its order, then the other offered prompts by phase, each once', () => {
    const sections = pickerSections(library, [prompt('w1', 'weekly'), prompt('f2', 'follow-up'), prompt('a2', 'after', true)], PROMPT_PHASE_LABELS);
    expect(sections.map((section) => [section.title, section.prompts.map((one) => one.id)])).toEqual([
      [PLANNED_SECTION_TITLE, ['w1', 'f2']],
      [PROMPT_PHASE_LABELS['follow-up'], ['f1']],
      [PROMPT_PHASE_LABELS.after, ['a1']],
      [PROMPT_PHASE_LABELS.before, ['b1']],
      [PROMPT_PHASE_LABELS.during, ['d1']],
    ]);
  });

  it('starts with the phases when there is no plan', () => {
    expect(pickerSections(library, [], PROMPT_PHASE_LABELS)[0]?.id).toBe('follow-up');
  });
});
