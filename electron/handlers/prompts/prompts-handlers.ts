import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Prompt } from '../../../shared/contract/prompts';
import type { FeatureHandlers } from '../../rpc/handler-types';

type PromptsMethod = 'prompts.list' | 'prompts.save' | 'prompts.archive' | 'prompts.restore' | 'prompts.sessionPlan' | 'prompts.setSessionPlan';

function found(prompt: Prompt | null): Prompt {
  if (!prompt) throw new RpcFailure('NOT_FOUND', 'That prompt does not exist.');
  return prompt;
}

function requireSession(store: RecordStore, sessionId: string): void {
  if (!store.sessions.get(sessionId)) throw new RpcFailure('NOT_FOUND', 'That session does not exist.');
}

export const promptsHandlers: FeatureHandlers<PromptsMethod> = {
  'prompts.list': ({ includeArchived }, { records }) => ({ prompts: records().prompts.list(includeArchived) }),

  'prompts.save': ({ id, phase, text }, { records, newId, now }) => {
    const prompts = records().prompts;
    if (id === undefined) return prompts.create(newId(), { phase, text }, now());
    return found(prompts.update(id, { phase, text }, now()));
  },

  'prompts.archive': ({ id }, { records, now }) => {
    const time = now();
    return found(records().prompts.setArchived(id, time, time));
  },

  'prompts.restore': ({ id }, { records, now }) => found(records().prompts.setArchived(id, null, now())),

  'prompts.sessionPlan': ({ sessionId }, { records }) => {
    const store = records();
    requireSession(store, sessionId);
    return { prompts: store.prompts.sessionPlan(sessionId) };
  },

  'prompts.setSessionPlan': ({ sessionId, promptIds }, { records }) => {
    const store = records();
    requireSession(store, sessionId);
    if (new Set(promptIds).size !== promptIds.length) throw new RpcFailure('INVALID', 'promptIds: each prompt appears once in a plan.');
    for (const id of promptIds) found(store.prompts.get(id));
    return store.transaction(() => {
      store.prompts.setSessionPlan(sessionId, promptIds);
      return { prompts: store.prompts.sessionPlan(sessionId) };
    });
  },
};
