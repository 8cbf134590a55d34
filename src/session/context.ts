import { AsyncLocalStorage } from 'node:async_hooks';
import type { Stage } from './stages.js';

/** What every record written inside a stage is tagged with. */
export interface SessionContext {
  sessionId: string;
  stage: Stage;
  /** Folder holding the global `*.jsonl` record files. */
  logDir: string;
}

const storage = new AsyncLocalStorage<SessionContext>();

export function runInSession<T>(context: SessionContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentSession(): SessionContext | undefined {
  return storage.getStore();
}

export function requireSession(): SessionContext {
  const context = storage.getStore();
  if (!context) throw new Error('no session: records can only be written inside runInSession()');
  return context;
}
