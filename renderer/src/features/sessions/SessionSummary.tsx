import { useMemo, useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { PageTitle } from '../../ui/PageTitle';
import type { Client, SessionDetail, Settings } from '../../../../shared/contract';
import { effectiveOfKind } from '../../../../shared/session/timeline';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { ActionButton } from '../../ui/ActionButton';
import { SessionFollowUps } from '../follow-up';
import { SessionNotes } from '../notes';
import { SessionPromptPlan } from '../prompts';
import { SessionSideEffects } from '../side-effects';
import { adverseEventsLogged } from '../../../../shared/side-effects/side-effect-checklist';
import { ChecklistResults } from './ChecklistResults';
import { Facts } from './fields/Facts';
import { RemsSection } from './rems/RemsSection';
import { SessionTimeline } from './SessionTimeline';
import { formatClockTime, formatDate, formatMinutes } from '../../ui/time-text';
import { useSessionTimeline } from './use-session-timeline';
import type { LateEntryKind } from '../../../../shared/session/timeline';
import { dischargedTimes } from './late-entry/late-entry-time';
import { LateEntryBar } from './late-entry/LateEntryBar';
import { LateEntryDialog } from './late-entry/LateEntryDialog';
import { vitalsSeries } from '../../../../shared/session/vitals-series';
import { VitalsSection } from './vitals-chart/VitalsSection';
import { PrescriberSummarySection } from './prescriber/PrescriberSummarySection';

interface SessionSummaryProps {
  detail: SessionDetail;
  client: Client;
  settings: Settings;
  onBack: () => void;
}

/** A discharged or cancelled session: what happened, the REMS form for esketamine, and the full timeline with its history. */
export function SessionSummary({ detail, client, settings, onBack }: SessionSummaryProps) {
  const { session } = detail;
  const timeline = useSessionTimeline(detail, settings.vitalThresholds);
  const { dosedAt } = timeline.anchors;
  const [lateKind, setLateKind] = useState<LateEntryKind | null>(null);
  // Only a discharged session takes late entries; a cancelled one was never dosed and stays as it ended.
  const lateTimes = dischargedTimes(session);
  const series = useMemo(() => vitalsSeries(timeline, settings.vitalThresholds, session.endedAt), [timeline, settings.vitalThresholds, session.endedAt]);
  const totalMg = effectiveOfKind(timeline.resolved, 'dose').reduce((sum, dose) => sum + dose.entry.amountMg, 0);
  const facts: [string, string][] = [
    ...(session.status === 'cancelled' ? [['Status', 'Cancelled, not dosed'] as [string, string]] : []),
    ['Route', ROUTE_LABELS[session.route]],
    ['Protocol', session.protocol.name],
    ['Dose given', `${totalMg} mg (planned ${session.plannedDoseMg} mg)`],
  ];
  if (dosedAt !== null) facts.push(['Date', formatDate(dosedAt)], ['First dose', formatClockTime(dosedAt)]);
  else if (session.endedAt !== null) facts.push(['Date', formatDate(session.endedAt)]);
  if (session.endedAt !== null) facts.push(['Ended', formatClockTime(session.endedAt)]);
  if (dosedAt !== null && session.endedAt !== null) facts.push(['Total monitoring', formatMinutes(Math.round((session.endedAt - dosedAt) / 60_000))]);

  return (
    <div className="session-summary">
      <div className="page-header">
        <PageTitle>
          {client.displayName}: session {session.courseSessionNumber}
        </PageTitle>
        <ActionButton onPress={onBack}>Back to the client’s page</ActionButton>
      </div>
      <Facts facts={facts} className="summary-facts" />
      {session.intention ? (
        <p className="summary-intention">
          <span className="room-intention-label">Intention</span> {session.intention}
        </p>
      ) : null}
      {series && session.status === 'discharged' ? <PrescriberSummarySection sessionId={session.id} /> : null}
      {series ? <VitalsSection series={series} /> : null}
      <ChecklistResults session={session} />
      {session.dosedAt !== null ? (
        <SessionSideEffects sessionId={session.id} clinicItems={settings.sideEffectItems} loggedInRoom={adverseEventsLogged(timeline.resolved)} />
      ) : null}
      {session.route === 'esketamine' && session.status !== 'cancelled' ? (
        <RemsSection session={session} client={client} resolved={timeline.resolved} clinicianName={settings.clinicianName} />
      ) : null}
      <SessionNotes session={session} />
      {session.dosedAt !== null ? <SessionFollowUps session={session} /> : null}
      <SessionPromptPlan sessionId={session.id} />
      <section className="summary-timeline" aria-labelledby="summary-timeline-title">
        <Heading level={2} id="summary-timeline-title" className="section-title">
          Timeline
        </Heading>
        {lateTimes ? <LateEntryBar onOpen={setLateKind} /> : null}
        <SessionTimeline session={session} timeline={timeline} thresholds={settings.vitalThresholds} />
      </section>
      {lateKind && lateTimes ? (
        <LateEntryDialog
          kind={lateKind}
          session={session}
          times={lateTimes}
          dosedAt={dosedAt}
          baseline={timeline.baseline}
          thresholds={settings.vitalThresholds}
          onClose={() => setLateKind(null)}
        />
      ) : null}
    </div>
  );
}
