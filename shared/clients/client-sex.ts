/**
 * A client's sex as the Spravato REMS Patient Monitoring Form asks it (docs/clinical.md, section 5).
 * Optional on the record: null is "not recorded". Migration 010 checks the column against this list.
 */
export const CLIENT_SEXES = ['female', 'male', 'other'] as const;
export type ClientSex = (typeof CLIENT_SEXES)[number];

export const SEX_LABELS: Record<ClientSex, string> = { female: 'Female', male: 'Male', other: 'Other' };
