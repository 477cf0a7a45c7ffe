import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compareWithAllowlist, entriesWithoutReason, type Finding } from './findings';

/** What electronegativity's programmatic run() returns (it ships no types). */
interface ElectronegativityResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: { id: string; file: string; sample?: string; location: { line: number }; description: string }[];
}

type RunElectronegativity = (options: {
  input: string;
  isRelative: boolean;
  customScan: string[];
  excludeFromScan: string[];
  parserPlugins: string[];
  electronVersionOverride: string;
}) => Promise<ElectronegativityResult>;

const allowlistSchema = z.array(z.strictObject({ check: z.string(), file: z.string(), code: z.string(), reason: z.string() }));

const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity') as RunElectronegativity;
// The installed Electron, so its checks judge today's defaults (sandbox, context isolation) rather than v0.1's.
const electronVersion = (require('electron/package.json') as { version: string }).version;

const electronDir = fileURLToPath(new URL('../../electron', import.meta.url));
const allowlistPath = fileURLToPath(new URL('./allowlist.json', import.meta.url));
const allowlist = allowlistSchema.parse(JSON.parse(readFileSync(allowlistPath, 'utf8')));

const result = await runElectronegativity({
  input: electronDir,
  isRelative: true,
  customScan: [],
  // It downloads Electron's release list to say whether a newer release has security fixes: a network call, and about
  // the Electron version rather than our code (npm audit and the lockfile cover that).
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  parserPlugins: [],
  electronVersionOverride: electronVersion,
});

const findings: Finding[] = result.issues.map((issue) => ({ check: issue.id, file: issue.file, code: (issue.sample ?? '').trim() }));
const { unexpected, stale } = compareWithAllowlist(findings, allowlist);
const unexplained = entriesWithoutReason(allowlist);
// A file it could not parse was not checked at all.
const unparsed = result.errors.filter((error) => !error.tolerable);

for (const error of unparsed) console.error(`electronegativity could not parse electron/${error.file}: ${error.message}`);
for (const finding of unexpected) {
  const issue = result.issues.find((candidate) => candidate.id === finding.check && candidate.file === finding.file);
  console.error(`new finding ${finding.check} in electron/${finding.file}:${issue?.location.line ?? '?'}: ${finding.code}\n  ${issue?.description ?? ''}`);
}
for (const entry of stale) console.error(`allowlist entry no longer reported, remove it: ${entry.check} in ${entry.file}`);
for (const entry of unexplained) console.error(`allowlist entry without a reason: ${entry.check} in ${entry.file}`);

const failures = unparsed.length + unexpected.length + stale.length + unexplained.length;
if (failures > 0) {
  console.error(`electronegativity: ${failures} problem(s); fix the code, or add a false positive to ${allowlistPath} with why.`);
  process.exit(1);
}
console.log(`electronegativity: ${findings.length} finding(s) over electron/, each a known false positive in the allowlist (Electron ${electronVersion}).`);
