import { describe, expect, it } from 'vitest';
import { contraindicationListSchema, DEFAULT_CONTRAINDICATIONS, newContraindicationId } from '../../../../shared/evaluation/contraindications';
import { candidacyNeedsReason } from '../../../../shared/evaluation/evaluation-types';
import { lacksRemsEnrolment } from '../../../../shared/evaluation/rems-enrolment';

describe('the contraindications checklist', () => {
  it('ships the four Spravato label contraindications and the four KAP screening items, a valid list', () => {
    expect(DEFAULT_CONTRAINDICATIONS).toHaveLength(8);
    expect(contraindicationListSchema.safeParse(DEFAULT_CONTRAINDICATIONS).success).toBe(true);
    expect(DEFAULT_CONTRAINDICATIONS.map((item) => item.label).join(' ')).toMatch(
      /Aneurysmal.*Arteriovenous.*intracerebral.*Hypersensitivity.*hypertension.*psychosis.*Pregnancy.*substance/,
    );
  });

  it('gives a new item the first free id', () => {
    expect(newContraindicationId([])).toBe('item-1');
    expect(newContraindicationId(['item-1', 'pregnancy', 'item-3'])).toBe('item-2');
  });
});

describe('candidacy and REMS enrolment', () => {
  it('asks a reason unless the client is a candidate', () => {
    expect(candidacyNeedsReason('candidate')).toBe(false);
    expect(candidacyNeedsReason('not-a-candidate')).toBe(true);
    expect(candidacyNeedsReason('deferred')).toBe(true);
  });

  it('warns only for esketamine, when the latest evaluation does not record enrolment or there is none', () => {
    expect(lacksRemsEnrolment('esketamine', null)).toBe(true);
    expect(lacksRemsEnrolment('esketamine', { remsEnrolled: false })).toBe(true);
    expect(lacksRemsEnrolment('esketamine', { remsEnrolled: true })).toBe(false);
    expect(lacksRemsEnrolment('im', null)).toBe(false);
  });
});
