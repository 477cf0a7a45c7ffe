import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AppendedEvent, MethodInput, Session, SessionDetail } from '../../../../shared/contract';
import { call } from '../../rpc/call';

const sessionKeys = {
  all: ['sessions'] as const,
  detail: (id: string) => ['sessions', 'detail', id] as const,
  forClient: (clientId: string) => ['sessions', 'client', clientId] as const,
  remsPending: ['sessions', 'rems-pending'] as const,
};

export function useSessionDetail(id: string) {
  return useQuery({ queryKey: sessionKeys.detail(id), queryFn: () => call('sessions.get', { id }) });
}

export function useSessionHistory(clientId: string) {
  return useQuery({
    queryKey: sessionKeys.forClient(clientId),
    queryFn: async () => (await call('sessions.listForClient', { clientId })).sessions,
  });
}

export function useRemsPending() {
  return useQuery({ queryKey: sessionKeys.remsPending, queryFn: async () => (await call('sessions.remsPending', {})).items });
}

/** Histories and REMS deadlines derive from sessions; refresh them after any change. */
function refreshSessionLists(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: sessionKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
}

function storeDetail(queryClient: QueryClient, detail: SessionDetail) {
  queryClient.setQueryData(sessionKeys.detail(detail.session.id), detail);
  void refreshSessionLists(queryClient);
}

/** Keeps the cached detail's session in step after a call that answers with the session only. */
function storeSession(queryClient: QueryClient, session: Session) {
  queryClient.setQueryData<SessionDetail>(sessionKeys.detail(session.id), (detail) => (detail ? { ...detail, session } : detail));
  void refreshSessionLists(queryClient);
}

export function usePlanSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.plan'>) => call('sessions.plan', input),
    onSuccess: (session) => {
      queryClient.setQueryData<SessionDetail>(sessionKeys.detail(session.id), { session, events: [] });
      void refreshSessionLists(queryClient);
    },
  });
}

/** Check-in and discharge answer with the whole detail, which replaces the cached one. */
function useDetailMutation<Input>(mutationFn: (input: Input) => Promise<SessionDetail>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (detail) => storeDetail(queryClient, detail) });
}

/** Adds an event the server appended to the cached timeline (the timeline only ever grows). */
function storeAppended(queryClient: QueryClient, { session, event }: AppendedEvent) {
  queryClient.setQueryData<SessionDetail>(sessionKeys.detail(session.id), (detail) =>
    detail ? { session, events: detail.events.some((known) => known.id === event.id) ? detail.events : [...detail.events, event] } : detail,
  );
  void refreshSessionLists(queryClient);
}

/** Timeline additions answer with the new event; the cached detail grows by it. */
function useAppendMutation<Input>(mutationFn: (input: Input) => Promise<AppendedEvent[]>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (appended) => appended.forEach((one) => storeAppended(queryClient, one)) });
}

export function useCheckIn() {
  return useDetailMutation((input: MethodInput<'sessions.checkIn'>) => call('sessions.checkIn', input));
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

export function useDischarge() {
  return useDetailMutation((input: MethodInput<'sessions.discharge'>) => call('sessions.discharge', input));
}

export function useSaveRemsForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.saveRemsForm'>) => call('sessions.saveRemsForm', input),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

export function useSetRemsSubmitted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.setRemsSubmitted'>) => call('sessions.setRemsSubmitted', input),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
