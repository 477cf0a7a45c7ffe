import { z } from 'zod';
import { EVALUATION_LIMITS } from './evaluation-types';

/** One item of the clinic's contraindications checklist; the id ties an evaluation's answer to it. */
export const contraindicationItemSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/, 'Must be an id'),
  label: z.string().trim().min(1, 'Required').max(EVALUATION_LIMITS.contraindicationLabel),
});
export type ContraindicationItem = z.infer<typeof contraindicationItemSchema>;

export const contraindicationListSchema = z
  .array(contraindicationItemSchema)
  .max(EVALUATION_LIMITS.contraindications)
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'Item ids must differ');

/**
 * The clinic's checklist until it edits it: the Spravato label's contraindications, then screening
 * items common in KAP practice (docs/clinical.md, "Evaluation"). The clinic adds, renames and removes
 * items in Settings; each evaluation keeps the labels it was recorded with.
 */
export const DEFAULT_CONTRAINDICATIONS: readonly ContraindicationItem[] = [
  {
    id: 'aneurysmal-vascular-disease',
    label: 'Aneurysmal vascular disease (including thoracic and abdominal aorta, intracranial and peripheral arterial vessels)',
  },
  { id: 'arteriovenous-malformation', label: 'Arteriovenous malformation' },
  { id: 'intracerebral-haemorrhage', label: 'History of intracerebral haemorrhage' },
  { id: 'hypersensitivity', label: 'Hypersensitivity to esketamine, ketamine or any excipient' },
  { id: 'uncontrolled-hypertension', label: 'Uncontrolled hypertension' },
  { id: 'psychosis-or-mania', label: 'History of psychosis or mania' },
  { id: 'pregnancy', label: 'Pregnancy' },
  { id: 'substance-use-disorder', label: 'Active substance use disorder' },
];

/** An id for an item the clinic adds: the first "item-N" not taken. Ids never change once saved, whatever the label becomes. */
export function newContraindicationId(taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`item-${n}`)) n += 1;
  return `item-${n}`;
}
