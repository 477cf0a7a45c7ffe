import type { HomeworkType } from '../../../../shared/homework/homework-types';

/** What each type is for, from insight to homework (docs/clinical.md, section 7). */
export const HOMEWORK_TYPE_HINTS: Record<HomeworkType, string> = {
  'thought-record': 'For self-criticism: situation, automatic thought, emotion 0-100 %, evidence, a balanced thought.',
  'behavioural-activation': 'For withdrawal: planned activities by day, rated for pleasure and mastery 0-10.',
  'exposure-hierarchy': 'For avoidance: steps ranked by distress, SUDS 0-100, climbed from the lowest.',
  'behavioural-experiment': 'For a feared prediction: belief % before, the experiment, what happened, belief % after.',
  'core-belief': 'For self-criticism: an old and a new belief, each with its strength %, and the evidence.',
  'values-action': 'For values that surfaced: a life area, the value and one committed action.',
  custom: 'Anything else, in your own words.',
};
