/** The candidacy decision at an evaluation (CLINICAL.md, "The treatment pathway", step 1). */
export const CANDIDACIES = ['candidate', 'not-a-candidate', 'deferred'] as const;
export type Candidacy = (typeof CANDIDACIES)[number];

export const CANDIDACY_LABELS: Record<Candidacy, string> = {
  candidate: 'Candidate',
  'not-a-candidate': 'Not a candidate',
  deferred: 'Deferred',
};

/** "Not a candidate" and "deferred" say why; for a candidate the reason is optional. */
export function candidacyNeedsReason(candidacy: Candidacy): boolean {
  return candidacy !== 'candidate';
}

/** How each contraindication stands for this client: asked and present, asked and absent, or not asked. */
export const CONTRAINDICATION_ANSWERS = ['present', 'absent', 'not-asked'] as const;
export type ContraindicationAnswer = (typeof CONTRAINDICATION_ANSWERS)[number];

export const CONTRAINDICATION_ANSWER_LABELS: Record<ContraindicationAnswer, string> = {
  present: 'Present',
  absent: 'Absent',
  'not-asked': 'Not asked',
};

/** Bounds of what a therapist can type: wide for the clinical text, narrow enough to catch a paste gone wrong. */
export const EVALUATION_LIMITS = {
  symptoms: 10_000,
  medicationTrials: 40,
  drug: 200,
  /** Dose, duration: short free text ("150 mg", "8 weeks"). */
  shortText: 200,
  /** Outcome, reason stopped, a contraindication's note. */
  note: 1000,
  contraindications: 40,
  contraindicationLabel: 200,
  candidacyReason: 2000,
} as const;
