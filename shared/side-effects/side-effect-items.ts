import { z } from 'zod';

/**
 * How strongly a side effect was present after a dose, as the therapist records it. A record of
 * what was seen and reported, not a judgement: the app sets no threshold on any of them.
 */
export const SIDE_EFFECT_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export type SideEffectLevel = (typeof SIDE_EFFECT_LEVELS)[number];

export const SIDE_EFFECT_LEVEL_LABELS: Record<SideEffectLevel, string> = { none: 'None', mild: 'Mild', moderate: 'Moderate', severe: 'Severe' };

/** Bounds of the clinic's list and of one checklist: wide enough for any clinic, narrow enough to catch a slip. */
export const SIDE_EFFECT_LIMITS = { label: 80, items: 40, note: 2000 } as const;

/** A checklist answers the clinic's items and, saved again later, the ones it recorded before the clinic changed its list. */
export const SIDE_EFFECT_ANSWERS_MAX = 2 * SIDE_EFFECT_LIMITS.items;

/** The adverse events pick-list (docs/clinical.md, section 4): the clinic's checklist until it edits it. */
export const DEFAULT_SIDE_EFFECT_ITEMS: readonly string[] = [
  'Dissociation',
  'Dizziness',
  'Nausea',
  'Vomiting',
  'Sedation',
  'Vertigo',
  'Numbness',
  'Anxiety',
  'Lethargy',
  'Raised blood pressure',
  'Feeling drunk',
  'Euphoria',
  'Headache',
  'Respiratory depression',
];

/** Labels are told apart without regard to case or surrounding spaces: "Nausea" and "nausea " are one item. */
export function sameSideEffect(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function hasRepeatedLabel(labels: readonly string[]): boolean {
  return labels.some((label, index) => labels.findIndex((other) => sameSideEffect(other, label)) !== index);
}

export const sideEffectLabelSchema = z.string().trim().min(1, 'Required').max(SIDE_EFFECT_LIMITS.label);

/** The clinic's checklist: at least one item, each named once. */
export const sideEffectItemListSchema = z
  .array(sideEffectLabelSchema)
  .min(1)
  .max(SIDE_EFFECT_LIMITS.items)
  .refine((labels) => !hasRepeatedLabel(labels), 'Each item is listed once');
