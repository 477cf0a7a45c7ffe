import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppendedEvent, MethodInput, MethodName, Session, SessionDetail } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { invalidateMethods, setRpcQueryData, type SharedReadOptions, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function useSessionDetail(id: string) {
  return useRpcQuery('sessions.get', { id });
}

export function useSessionHistory(clientId: string, options: SharedReadOptions = {}) {
  return useRpcQuery('sessions.listForClient', { clientId }, { ...options, select: ({ sessions }) => sessions });
}

export function useRemsPending() {
  return useRpcQuery('sessions.remsPending', {}, { select: ({ items }) => items });
}

/** Histories, REMS deadlines and the session in progress (which sets the idle lock) derive from sessions; refresh them after any change. */
const SESSION_DERIVED_READS: readonly MethodName[] = ['sessions.listForClient', 'sessions.remsPending', 'sessions.active'];

function refreshSessionLists(queryClient: QueryClient) {
  return invalidateMethods(queryClient, SESSION_DERIVED_READS);
}

function storeDetail(detail: SessionDetail, queryClient: QueryClient) {
  setRpcQueryData(queryClient, 'sessions.get', { id: detail.session.id }, detail);
}

/** Keeps the cached detail's session in step after a call that answers with the session only. */
function storeSession(session: Session, queryClient: QueryClient) {
  setRpcQueryData(queryClient, 'sessions.get', { id: session.id }, (detail) => (detail ? { ...detail, session } : detail));
}

export function usePlanSession() {
  return useRpcMutation('sessions.plan', {
    onSuccess: (session, queryClient) => setRpcQueryData(queryClient, 'sessions.get', { id: session.id }, { session, events: [] }),
    invalidates: SESSION_DERIVED_READS,
  });
}

/** Adds an event the server appended to the cached timeline (the timeline only ever grows). */
function storeAppended(queryClient: QueryClient, { session, event }: AppendedEvent) {
  setRpcQueryData(queryClient, 'sessions.get', { id: session.id }, (detail) =>
    detail ? { session, events: detail.events.some((known) => known.id === event.id) ? detail.events : [...detail.events, event] } : detail,
  );
  void refreshSessionLists(queryClient);
}

/** Timeline additions answer with the new event; the cached detail grows by it. */
function useAppendMutation<Input>(mutationFn: (input: Input) => Promise<AppendedEvent[]>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (appended) => appended.forEach((one) => storeAppended(queryClient, one)) });
}

/** Check-in and discharge answer with the whole detail, which replaces the cached one. */
export function useCheckIn() {
  return useRpcMutation('sessions.checkIn', { onSuccess: storeDetail, invalidates: SESSION_DERIVED_READS });
}

type TimelineEntryInput = MethodInput<'sessions.logEvent'>['entry'];

/**
 * Adds an entry, dated when the therapist acted by the same clock the room shows, unless `at`
 * back-dates it. A device dose comes back with its cue's acknowledgement, written with it.
 */
export function useLogEvent() {
  return useAppendMutation(async ({ sessionId, entry, at }: { sessionId: string; entry: TimelineEntryInput; at?: number }) => {
    const { cueAcknowledgement, ...logged } = await call('sessions.logEvent', { sessionId, entry, at: at ?? Date.now() });
    return cueAcknowledgement ? [logged, { session: logged.session, event: cueAcknowledgement }] : [logged];
  });
}

export function useCorrectEvent() {
  return useAppendMutation(async (input: MethodInput<'sessions.correctEvent'>) => [await call('sessions.correctEvent', input)]);
}

export function useRetractEvent() {
  return useAppendMutation(async (input: MethodInput<'sessions.retractEvent'>) => [await call('sessions.retractEvent', input)]);
}

/** After discharge: an entry remembered while writing up, at the time it refers to; it comes back marked late. */
export function useAddLateEntry() {
  return useAppendMutation(async (input: MethodInput<'sessions.addLateEntry'>) => [await call('sessions.addLateEntry', input)]);
}

export function useDischarge() {
  return useRpcMutation('sessions.discharge', { onSuccess: storeDetail, invalidates: SESSION_DERIVED_READS });
}

export function useCancelSession() {
  return useRpcMutation('sessions.cancel', { onSuccess: storeDetail, invalidates: SESSION_DERIVED_READS });
}

export function useSaveRemsForm() {
  return useRpcMutation('sessions.saveRemsForm', { onSuccess: storeSession, invalidates: SESSION_DERIVED_READS });
}

export function useSetRemsSubmitted() {
  return useRpcMutation('sessions.setRemsSubmitted', { onSuccess: storeSession, invalidates: SESSION_DERIVED_READS });
}
