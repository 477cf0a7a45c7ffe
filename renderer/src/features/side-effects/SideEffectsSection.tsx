import { useId } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { formatCalendarDate } from '../../ui/time-text';
import { useNavigation } from '../../navigation/navigation';
import { useClientSideEffects } from './side-effect-queries';
import { courseGroupTitle } from '../course';
import { SideEffectGrid } from './SideEffectGrid';
import './side-effects.css';

/**
 * Side effects across the course on the client's page: for each course (newest first, then the
 * doses outside every course), a grid of the checklist recorded after each dose. Nothing is shown
 * before the first dose.
 */
export function SideEffectsSection({ clientId }: { clientId: string }) {
  const headingId = useId();
  const { openSession } = useNavigation();
  const sideEffects = useClientSideEffects(clientId);
  if (sideEffects.data?.groups.length === 0) return null;
  return (
    <section className="record-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="section-title">
        Side effects after each dose
      </Heading>
      <QueryView query={sideEffects} loading="Loading side effects…">
        {({ items, groups }) => (
          <>
            {groups.map((group) => {
              const title = courseGroupTitle(group.course);
              const recorded = group.doses.some((dose) => dose.checklist !== null);
              return (
                <div key={group.course?.id ?? 'outside'} className="side-effects-group">
                  <Heading level={3} className="side-effects-group-title">
                    {title}
                  </Heading>
                  {recorded ? (
                    <SideEffectGrid group={group} title={title} clinicItems={items} onOpenSession={openSession} />
                  ) : (
                    <>
                      <p className="hint">
                        Nothing recorded yet after {group.doses.length === 1 ? 'this dose' : `these ${group.doses.length} doses`}. Each is recorded on its
                        session’s page:
                      </p>
                      <div className="side-effects-doses">
                        {group.doses.map((dose, index) => (
                          <ActionButton key={dose.sessionId} variant="quiet" onPress={() => openSession(dose.sessionId)}>
                            Open dose {index + 1}, {formatCalendarDate(dose.date)}
                          </ActionButton>
                        ))}
                      </div>
                    </>
                  )}
                </div>
              );
            })}
            <p className="hint">Levels as you recorded them after each dose; the app judges none of them. A dash is an item not recorded for that dose.</p>
          </>
        )}
      </QueryView>
    </section>
  );
}
