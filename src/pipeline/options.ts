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
  /** Aborting it cancels the calls in flight (Ctrl-C in the CLI). */
  signal?: AbortSignal;
}

export const DEFAULT_CONCURRENCY = 4;
