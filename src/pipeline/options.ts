import type { LlmProvider } from '../llm/provider.js';
import type { SchemaVersion } from './schema.js';

export interface ProgressEvent {
  file: string;
  done: number;
  total: number;
  ok: boolean;
}

export interface PipelineOptions {
  provider: LlmProvider;
  schemaVersion: SchemaVersion;
  /** Files processed at once. */
  concurrency: number;
  onProgress?: (event: ProgressEvent) => void;
  /** Stops the run's LLM calls (Ctrl-C): the attempts in flight are aborted and recorded. */
  signal?: AbortSignal;
}

export const DEFAULT_CONCURRENCY = 4;
