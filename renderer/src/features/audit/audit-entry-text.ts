import type { AuditEntry } from '../../../../shared/contract';

/** Detail keys in words; anything else shows as written (main writes only short facts). */
const DETAIL_WORDS: Record<string, string> = {
  reason: 'reason',
  using: 'with',
  count: 'tries',
  lastAt: 'last try',
  settings: 'settings',
  scope: 'scope',
  format: 'format',
  privateNotes: 'private notes',
  backup: 'backup',
  entries: 'entries',
  chainProblems: 'chain problems',
  notes: 'notes',
  addenda: 'addenda',
  signatureProblems: 'signature problems',
  throughSeq: 'removed through entry',
  contentHash: 'hash',
  addendumId: 'addendum',
};

const HIDDEN_DETAILS = new Set(['throughHash']);

/** One entry's facts as a line: "reason idle", "with passphrase", "tries 3". Hashes are shortened; the export holds them whole. */
export function describeAuditDetail(entry: AuditEntry, formatTime: (at: number) => string): string {
  if (!entry.detail) return '';
  return Object.entries(entry.detail)
    .filter(([key]) => !HIDDEN_DETAILS.has(key))
    .map(([key, value]) => {
      const shown =
        key === 'lastAt' && typeof value === 'number'
          ? formatTime(value)
          : typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
            ? `${value.slice(0, 12)}…`
            : String(value);
      return `${DETAIL_WORDS[key] ?? key} ${shown}`;
    })
    .join(' · ');
}
