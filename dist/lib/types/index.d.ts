/**
 * `lyfe-kt/lessons`: the types of the lessons the build plugin makes, and nothing else. An app in
 * the browser imports them from here: the package's root is the Node library, whose declarations
 * need Node's (`Buffer`, `NodeJS`). The root exports the same types, for scripts.
 */
export type { ContentItem, QuizItem, QuoteItem, Supertask, SupertaskItem, SupertaskMetadata } from './supertask-v1.1.js';
export type { ContentItem as ContentItemV1_0, QuizItem as QuizItemV1_0, QuoteItem as QuoteItemV1_0, Supertask as SupertaskV1_0, SupertaskItem as SupertaskItemV1_0, SupertaskMetadata as SupertaskMetadataV1_0, } from './supertask-v1.0.js';
export type { LessonModule } from './lesson.js';
