import type { SessionSummary } from '../../../../shared/contract';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from '../../ui/aria-primitives';
import { formatDate } from '../../ui/time-text';

const NO_SESSION = 'none';

function sessionLabel(session: SessionSummary): string {
  const when = session.dosedAt !== null ? formatDate(session.dosedAt) : 'not dosed yet';
  return `Session ${session.courseSessionNumber}, ${ROUTE_LABELS[session.route]}, ${when}`;
}

interface SessionChoiceProps {
  sessions: readonly SessionSummary[];
  value: string | null;
  onChange: (sessionId: string | null) => void;
}

/** The session a measure belongs to, newest first, or none. */
export function SessionChoice({ sessions, value, onChange }: SessionChoiceProps) {
  const newestFirst = [...sessions].sort((a, b) => b.courseSessionNumber - a.courseSessionNumber);
  return (
    <Select value={value ?? NO_SESSION} onChange={(key) => onChange(key === NO_SESSION ? null : String(key))} className="field">
      <Label className="field-label">Session</Label>
      <Button className="field-input select-button">
        <SelectValue />
        <span className="select-chevron" aria-hidden="true" />
      </Button>
      <Popover className="select-popover">
        <ListBox className="select-list">
          <ListBoxItem id={NO_SESSION} className="select-option">
            No session
          </ListBoxItem>
          {newestFirst.map((session) => (
            <ListBoxItem key={session.id} id={session.id} className="select-option">
              {sessionLabel(session)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
