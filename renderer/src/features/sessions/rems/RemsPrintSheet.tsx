import { createPortal } from 'react-dom';
import { answerOrSuggested, sexOrRecorded, type RemsDerivedField, type RemsManualFields, type RemsPrefill } from '../../../../../shared/session/rems-form';
import { CONCOMITANT_MEDICINES, DERIVED_LABELS, orBlank, printedDerived, printedReadyToLeave, SEX_OPTIONS, yesNo } from './rems-questions';

interface RemsPrintSheetProps {
  prefill: RemsPrefill;
  fields: RemsManualFields;
}

function Rows({ rows }: { rows: readonly [string, string][] }) {
  return (
    <dl className="print-rows">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The form as it prints (and exports to PDF): plain black on white, every answer written out. It
 * sits outside the app's root so the print stylesheet can show it alone; on screen it is hidden.
 */
export function RemsPrintSheet({ prefill, fields }: RemsPrintSheetProps) {
  const derivedRow = (key: RemsDerivedField): [string, string] => [DERIVED_LABELS[key], printedDerived(fields, prefill, key)];
  const sex = SEX_OPTIONS.find((option) => option.value === sexOrRecorded(fields, prefill))?.label ?? 'Not answered';
  return createPortal(
    <article className="rems-print-sheet printable">
      <h1>Spravato REMS Patient Monitoring Form</h1>
      <p className="print-note">Prepared with KAP Companion from the session record. Submit it through the REMS programme; the app does not submit it.</p>
      <h2>Patient</h2>
      <Rows
        rows={[
          ['Name', prefill.patientName],
          ['Date of birth', orBlank(prefill.dateOfBirth)],
          ['Sex', sex],
          ['First treatment', yesNo(answerOrSuggested(fields, prefill, 'firstTreatment'))],
        ]}
      />
      <h2>Concomitant medicines</h2>
      <Rows rows={CONCOMITANT_MEDICINES.map(({ key, label }) => [label, yesNo(fields[key])])} />
      <h2>Monitoring and dose</h2>
      <Rows
        rows={[
          ['Monitoring provider', orBlank(fields.monitoringProvider)],
          ['Setting', orBlank(fields.monitoringSetting)],
          derivedRow('sessionDate'),
          derivedRow('dose'),
          ['Lot number', orBlank(fields.lotNumber)],
          derivedRow('totalMonitoringMinutes'),
          ['Ready to leave, without the 2-hour rule', printedReadyToLeave(fields, prefill)],
        ]}
      />
      <h2>Vital signs</h2>
      <Rows
        rows={[
          ['Acceptable before dosing', yesNo(fields.vitalsAcceptableBeforeDosing)],
          ['Acceptable before discharge', yesNo(answerOrSuggested(fields, prefill, 'vitalsAcceptableBeforeDischarge'))],
          derivedRow('bpBeforeDosing'),
          derivedRow('bpAt40Minutes'),
          derivedRow('bpBeforeDischarge'),
        ]}
      />
      <h2>During monitoring</h2>
      <Rows rows={[derivedRow('sedation'), derivedRow('dissociation'), derivedRow('respiratoryDepression')]} />
      <p className="print-long">
        <span>Serious adverse events</span>
        <strong>{fields.seriousAdverseEvents || 'None recorded'}</strong>
      </p>
    </article>,
    document.body,
  );
}
