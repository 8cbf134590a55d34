import { type Level } from '../limits.js';
export type SupertaskItem = {
    type: 'content';
    content: string;
    author: string;
    tips?: string[];
} | {
    type: 'quote';
    content: string;
    author: string;
} | {
    type: 'quiz';
    question: string;
    options: string[];
    correctAnswer: number;
    explanation: string;
};
export interface Supertask {
    title: string;
    dimension: string;
    archetype: string;
    relatedToType: 'GENERIC';
    relatedToId: string;
    estimatedDuration: number;
    coinsReward: number;
    flexibleItems: SupertaskItem[];
    metadata: Record<string, unknown>;
}
export interface SupertaskTask {
    name: string;
    template: string;
    level: Level;
    schemaVersion: string;
    /** ISO 8601 time written into the metadata. */
    timestamp: string;
}
/** A supertask for one level, built from the filled template alone. */
export declare function composeSupertask(task: SupertaskTask): Supertask;
