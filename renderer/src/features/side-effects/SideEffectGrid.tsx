import type { SideEffectGroup } from '../../../../shared/contract';
import { sideEffectRows } from '../../../../shared/side-effects/side-effect-checklist';
import { SIDE_EFFECT_LEVEL_LABELS } from '../../../../shared/side-effects/side-effect-items';
import { ActionButton } from '../../ui/ActionButton';
import { formatCalendarDate } from '../../ui/time-text';

interface SideEffectGridProps {
  group: SideEffectGroup;
  title: string;
  clinicItems: readonly string[];
  onOpenSession: (sessionId: string) => void;
}

/**
 * One course's checklists side by side: a row per item recorded, a column per dose. A real table,
 * so a screen reader says the item and the dose of each cell; each dose's heading opens its session,
 * where its checklist is recorded or changed.
 */
export function SideEffectGrid({ group, title, clinicItems, onOpenSession }: SideEffectGridProps) {
  const rows = sideEffectRows(
    clinicItems,
    group.doses.map((dose) => dose.checklist?.answers ?? null),
  );
  const notes = group.doses.map((dose) => dose.checklist?.note ?? null);
  return (
    // Scrolls sideways when a long course has many doses; focusable, so the keyboard scrolls it too.
    <div className="side-effects-scroll" role="region" aria-label={`${title}: side effects`} tabIndex={0}>
      <table className="data-table side-effects-grid">
        <caption className="visually-hidden">Side effects after each dose, {title}</caption>
        <thead>
          <tr>
            <th scope="col">Side effect</th>
            {group.doses.map((dose, index) => (
              <th scope="col" key={dose.sessionId}>
                <ActionButton variant="quiet" className="side-effects-dose" onPress={() => onOpenSession(dose.sessionId)}>
                  <span>Dose {index + 1}</span> <span className="side-effects-date">{formatCalendarDate(dose.date)}</span>
                </ActionButton>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.levels.map((level, index) => (
                <td key={group.doses[index]!.sessionId} data-level={level ?? 'not-recorded'}>
                  {level === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Not recorded</span>
                    </>
                  ) : (
                    SIDE_EFFECT_LEVEL_LABELS[level]
                  )}
                </td>
              ))}
            </tr>
          ))}
          {notes.some((note) => note !== null) ? (
            <tr>
              <th scope="row">Note</th>
              {notes.map((note, index) => (
                <td key={group.doses[index]!.sessionId} className="side-effects-note">
                  {note}
                </td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
