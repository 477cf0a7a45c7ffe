import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { oneFolderPlatform } from '../../electron/platform';
import type { AppCore } from '../../electron/app-core';
import { createCoreClient } from '../../electron/core-client';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withSeededVault } from './seeded-vault';

const SESSIONS = 12;
const EVENTS_PER_SESSION = 60;
const NOTES = 36;
const PARAGRAPHS_PER_NOTE = 8;
const HOMEWORK = 6;
const RUNS = 10;

const sentence = (index: number) =>
  `She returned to the image of the shoreline and described the tide going out slowly, leaving small pools behind (${index}); we stayed with what she noticed in her body.`;

/** A long record: about fifty printed pages of sessions with full timelines, notes and homework. */
async function seedLongRecord(core: AppCore, clientId: string): Promise<void> {
  const { call } = createCoreClient(core);
  const protocol = (await call('protocols.list', {})).protocols.find((candidate) => candidate.route === 'im' && candidate.isDefault)!;
  for (let number = 0; number < SESSIONS; number++) {
    const session = await call('sessions.plan', { clientId, protocolId: protocol.id, plannedDoseMg: 50 });
    await call('sessions.checkIn', { id: session.id, readiness: {}, intention: 'To stay with what comes' });
    await call('sessions.logEvent', { sessionId: session.id, entry: { kind: 'dose', amountMg: 50 } });
    for (let index = 0; index < EVENTS_PER_SESSION; index++) {
      const entry =
        index % 3 === 0
          ? ({ kind: 'vitals', vitals: { systolic: 120 + (index % 20), diastolic: 80, heartRate: 70, spo2: 98 } } as const)
          : ({ kind: 'observation', text: sentence(index) } as const);
      await call('sessions.logEvent', { sessionId: session.id, entry });
    }
    await call('sessions.discharge', { id: session.id, checklist: {} });
  }
  for (let index = 0; index < NOTES; index++) {
    const note = await call('notes.create', { clientId, kind: 'integration', title: `Integration ${index + 1}` });
    const doc = {
      type: 'doc',
      content: Array.from({ length: PARAGRAPHS_PER_NOTE }, (_, paragraph) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `${sentence(paragraph)} ${sentence(paragraph + 1)}` }],
      })),
    };
    const saved = await call('notes.save', {
      id: note.id,
      baseRevision: note.revision,
      title: `Integration ${index + 1}`,
      isPrivate: false,
      content: JSON.stringify(doc),
    });
    if (index % 2 === 0) await call('notes.sign', { id: note.id, baseRevision: saved.revision, signerName: 'Dr. Bench Example' });
  }
  for (let index = 0; index < HOMEWORK; index++) {
    await call('homework.create', {
      clientId,
      title: `Exposure steps ${index + 1}`,
      fields: {
        type: 'exposure-hierarchy',
        steps: Array.from({ length: 8 }, (_, step) => ({ situation: `Step ${step + 1}: the supermarket at a busier hour`, suds: 10 * step, done: step < 3 })),
      },
    });
  }
}

/**
 * exports.clientRecord through dispatch(): the passphrase checked again (one Argon2id
 * derivation), the record read and validated, the PDF laid out with pdfkit, written and flushed.
 */
export const recordExportMeasurement: Measurement = {
  name: 'record-export',
  run: () =>
    withSeededVault(1, async ({ vaultDir, passphrase }): Promise<MetricResult[]> => {
      const outDir = join(vaultDir, '..');
      const core = createAppCore({ vaultDir, logger: silentLogger, platform: oneFolderPlatform(outDir) });
      const { call } = createCoreClient(core);
      try {
        await call('vault.unlock', { passphrase });
        const [client] = (await call('clients.list', {})).clients;
        await seedLongRecord(core, client!.id);
        const time = async (format: 'pdf' | 'json') => {
          const samples: number[] = [];
          let fileName = '';
          for (let run = 0; run <= RUNS; run++) {
            const started = performance.now();
            const result = await call('exports.clientRecord', { clientId: client!.id, format, includePrivateNotes: false, passphrase });
            if (run > 0) samples.push(performance.now() - started);
            fileName = result.fileName!;
          }
          return { samples, file: readFileSync(join(outDir, fileName)) };
        };
        const pdf = await time('pdf');
        const pages = pdf.file.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
        const json = await time('json');
        const details = { sessions: SESSIONS, eventsPerSession: EVENTS_PER_SESSION + 1, notes: NOTES, homework: HOMEWORK, runs: RUNS, firstRunDiscarded: true };
        return [
          timingResult(
            `export a ${pages}-page record as PDF (passphrase check included)`,
            'ms',
            pdf.samples,
            { judged: ['p95'], max: 3000 },
            { ...details, pages, bytes: pdf.file.length },
          ),
          timingResult('export the same record as JSON (passphrase check included)', 'ms', json.samples, null, { ...details, bytes: json.file.length }),
        ];
      } finally {
        await core.close();
      }
    }),
};
