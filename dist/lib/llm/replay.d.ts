import { type LogRecord } from '../records/types.js';
import { type LlmProvider } from './provider.js';
export interface ReplayProvider extends LlmProvider {
    /** Recorded attempts not asked for (yet): a complete replay leaves none. */
    unused(): number;
}
export declare function createReplayProvider(audits: LogRecord[]): ReplayProvider;
