/** One thing electronegativity reports: which check, in which file (relative to electron/), on which line of code. */
export interface Finding {
  check: string;
  file: string;
  /** The flagged source text, trimmed: matched instead of a line number, so that moving code does not need a new entry. */
  code: string;
}

/** A finding we have looked at and judged a false positive, with why. */
export interface AllowedFinding extends Finding {
  reason: string;
}

export interface Comparison {
  /** Reported and not in the allowlist: each one fails the check until fixed or judged. */
  unexpected: Finding[];
  /** In the allowlist but no longer reported: the entry must go, so the list never excuses a future finding. */
  stale: AllowedFinding[];
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.check === b.check && a.file === b.file && a.code === b.code;
}

/** Compares what electronegativity reported with the checked-in allowlist; both lists empty means the check passes. */
export function compareWithAllowlist(findings: readonly Finding[], allowlist: readonly AllowedFinding[]): Comparison {
  return {
    unexpected: findings.filter((finding) => !allowlist.some((allowed) => sameFinding(allowed, finding))),
    stale: allowlist.filter((allowed) => !findings.some((finding) => sameFinding(allowed, finding))),
  };
}

/** Allowlist entries that do not say why they are allowed. */
export function entriesWithoutReason(allowlist: readonly AllowedFinding[]): AllowedFinding[] {
  return allowlist.filter((entry) => entry.reason.trim().length < 20);
}
