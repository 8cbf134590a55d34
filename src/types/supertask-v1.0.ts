// Generated from schema/supertask_schema_v1.0.json by scripts/schema-types.mjs (json-schema-to-typescript).
// Do not edit: `npm run build` writes it again from the schema.

export type SupertaskItem = ContentItem | QuoteItem | QuizItem;

/**
 * JSON Schema for Lyfe supertask knowledge tasks format version 1.0
 */
export interface Supertask {
  /**
   * The title of the supertask
   */
  title: string;
  /**
   * The life dimension this task addresses
   */
  dimension: "physicalHealth" | "mentalHealth" | "relationships" | "work" | "spirituality";
  /**
   * The user archetype this task is designed for
   */
  archetype: "warrior" | "explorer" | "sage" | "ruler";
  /**
   * The type of content this task relates to
   */
  relatedToType: "HABITBP" | "GENERIC";
  /**
   * The ID of the related content
   */
  relatedToId: string;
  /**
   * Estimated duration in seconds
   */
  estimatedDuration: number;
  /**
   * Coins reward for completing the task
   */
  coinsReward: number;
  /**
   * Array of content items with different types
   *
   * @minItems 1
   * @maxItems 20
   */
  flexibleItems: SupertaskItem[];
  metadata: SupertaskMetadata;
}
export interface ContentItem {
  type: "content";
  /**
   * The main content text
   */
  content: string;
  /**
   * Optional author of the content
   */
  author?: string;
  /**
   * Optional array of tips
   *
   * @maxItems 10
   */
  tips?: string[];
}
export interface QuoteItem {
  type: "quote";
  /**
   * The quote text
   */
  content: string;
  /**
   * Author of the quote
   */
  author: string;
}
export interface QuizItem {
  type: "quiz";
  /**
   * The quiz question
   */
  question: string;
  /**
   * Array of answer options
   *
   * @minItems 2
   * @maxItems 5
   */
  options: string[];
  /**
   * Index of the correct answer (0-based)
   */
  correctAnswer: number;
  /**
   * Explanation of the correct answer
   */
  explanation: string;
}
export interface SupertaskMetadata {
  /**
   * Content language
   */
  language: "portuguese" | "english" | "spanish";
  /**
   * Target region
   */
  region: string;
  /**
   * Creation timestamp in ISO 8601 format
   */
  created_at: string;
  /**
   * Last update timestamp in ISO 8601 format
   */
  updated_at: string;
  /**
   * Version number in semantic versioning format
   */
  version: string;
  /**
   * Tool that generated this content
   */
  generated_by?: string;
  /**
   * Generation timestamp
   */
  generation_timestamp?: string;
  /**
   * Whether Ari persona was applied
   */
  ari_persona_applied?: boolean;
  /**
   * Difficulty level of the content
   */
  difficulty_level?: "beginner" | "intermediate" | "advanced";
  /**
   * Source template filename
   */
  source_template?: string;
  [k: string]: unknown;
}
