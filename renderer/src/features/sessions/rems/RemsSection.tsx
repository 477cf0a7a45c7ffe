import { useId, useState } from 'react';
import { Heading } from '../../../ui/aria-primitives';
import type { Client, Session } from '../../../../../shared/contract';
import { EMPTY_REMS_MANUAL_FIELDS, prefillRemsForm, remsDueDate, remsManualFieldsSchema, type RemsManualFields } from '../../../../../shared/session/rems-form';
import type { ResolvedEvent } from '../../../../../shared/session/timeline';
import { ActionButton } from '../../../ui/ActionButton';
import { FormAlert } from '../../../ui/FormAlert';
import { useSubmit } from '../../../ui/use-submit';
import { useSaveRemsForm, useSetRemsSubmitted } from '../session-queries';
import { formatDate } from '../../../ui/time-text';
import { describeDeadline } from './rems-deadline';
import { RemsExportButtons } from './RemsExportButtons';
import { RemsForm } from './RemsForm';
import { RemsPrintSheet } from './RemsPrintSheet';
import './rems.css';

interface RemsSectionProps {
  session: Session;
  client: Client;
  resolved: readonly ResolvedEvent[];
  /** The name on signatures (Settings): the monitoring provider until the therapist writes another. */
  clinicianName: string | null;
}

/** The REMS form for an esketamine session: prefilled, completed by hand, printed, and marked submitted by the therapist. */
export function RemsSection({ session, client, resolved, clinicianName }: RemsSectionProps) {
  const headingId = useId();
  // The deadline counts whole days: the time the form opened is precise enough.
  const [now] = useState(() => Date.now());
  const [fields, setFields] = useState<RemsManualFields>(session.remsForm ?? { ...EMPTY_REMS_MANUAL_FIELDS, monitoringProvider: clinicianName ?? '' });
  const [saveState, setSaveState] = useState<'saved' | 'changed' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveRemsForm();
  const saving = useSubmit();
  const submitted = useSetRemsSubmitted();
  const marking = useSubmit();
  const prefill = prefillRemsForm(client, session, resolved);

  const edit = (next: RemsManualFields) => {
    setFields(next);
    setSaveState('changed');
  };

  /** Saves the answers; false when they need a look first or the save failed (the alert says which). */
  const saveForm = async (): Promise<boolean> => {
    const parsed = remsManualFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' '));
      return false;
    }
    setProblem(null);
    const saved = await saving.run(() => save.mutateAsync({ id: session.id, fields: parsed.data }));
    if (saved) setSaveState('saved');
    return saved;
  };

  // A form marked submitted must be the form as it was sent: unsaved answers are saved first.
  const toggleSubmitted = async () => {
    const marks = session.remsSubmittedAt === null;
    if (marks && saveState === 'changed' && !(await saveForm())) return;
    await marking.run(() => submitted.mutateAsync({ id: session.id, submitted: marks }));
  };

  return (
    <section className="rems-section" aria-labelledby={headingId}>
      <div className="section-header">
        <Heading level={2} id={headingId} className="section-title">
          REMS Patient Monitoring Form
        </Heading>
        {session.dosedAt !== null ? (
          <p className={session.remsSubmittedAt === null ? 'rems-deadline' : 'rems-deadline rems-deadline-done'}>
            {session.remsSubmittedAt === null
              ? `Not yet submitted: ${describeDeadline(remsDueDate(session.dosedAt), now)}.`
              : `Marked submitted on ${formatDate(session.remsSubmittedAt)}.`}
          </p>
        ) : null}
      </div>
      <p className="hint">
        Filled from the session where the timeline says it; the rest is yours. The app never submits the form: submit it through the REMS programme, then mark
        it here.
      </p>
      <RemsForm prefill={prefill} fields={fields} onChange={edit} />
      <FormAlert>{problem ?? saving.error ?? marking.error}</FormAlert>
      <div className="rems-actions">
        <ActionButton variant="primary" onPress={() => void saveForm()} busy={saving.busy}>
          Save form
        </ActionButton>
        <span role="status" className={saveState === 'changed' ? 'unsaved-note' : 'saved-note'}>
          {saveState === 'saved' ? 'Form saved.' : saveState === 'changed' ? 'Changes not saved yet.' : ''}
        </span>
        <ActionButton className="rems-submitted-button" onPress={() => void toggleSubmitted()} busy={marking.busy}>
          {session.remsSubmittedAt === null ? 'Mark as submitted' : 'Mark as not submitted'}
        </ActionButton>
      </div>
      <RemsExportButtons sessionDate={prefill.sessionDate} />
      <RemsPrintSheet prefill={prefill} fields={fields} />
    </section>
  );
}
