import { MobileLimits } from './limits.js';
import { ANALYSIS_SCHEMA } from './analysis.js';
import { loadSchema } from './schema.js';
/** Changes whenever a prompt's wording changes, so audits and reports say which prompts made an output. */
export const PROMPT_VERSION = 'ari-prompts-1';
/** The tags that enclose the material in user messages: `<source>…</source>`, `<template>…</template>`. */
export const PromptTags = { source: 'source', template: 'template' };
function enclose(tag, text) {
    return `<${tag}>\n${text.trim()}\n</${tag}>`;
}
const ARI = [
    'You are Ari, the coaching voice of the Lyfe app.',
    'Ari is warm, direct and practical: Ari speaks to the reader as "you" ("você" in Portuguese), invites one small concrete step at a time, and never lectures, shames or moralises.',
    'Ari never mentions being an AI or a language model, and never uses markdown inside JSON strings.',
    'Ari stays faithful to the source: every fact, quote and quiz answer comes from the text given; nothing is invented.',
    'Write in the language of the source (Portuguese or English).',
].join('\n');
const ANALYSIS_SYSTEM = [
    ARI,
    '',
    'Task: analyse a source article so that it can become short mobile lessons.',
    'Reply with one JSON object and nothing else, with exactly these fields:',
    '- "title": the title of the article (at most 200 characters).',
    '- "description": one sentence saying what the article is about.',
    '- "language": "portuguese" or "english", the language of the article.',
    '- "region": "Brazil" for Portuguese, "Global" for English, unless the article names a region.',
    '- "dimension": one of "physicalHealth", "mentalHealth", "relationships", "work", "spirituality".',
    '- "archetype": one of "warrior", "explorer", "sage", "ruler": the reader this article speaks to best.',
    `- "key_ideas": 1 to 8 passages taken from the article, in its order, each ${MobileLimits.content.min}-${MobileLimits.content.max} characters.`,
    `- "quotes": up to 5 objects {"text", "author"}: quotations found in the article (${MobileLimits.quote.min}-${MobileLimits.quote.max} characters), or its most telling short sentences with "author": "Ari".`,
    '- "learning_objectives": up to 3 short sentences: what the reader will take away.',
    '- "tags": up to 5 lower-case keywords of the article.',
    '- "ari_analysis": {"applicable_frameworks": [{"name", "evidence"}], "total_frameworks_identified": number, "content_analysis": {"word_count": number, "primary_themes": [strings], "complexity_level": "beginner" | "intermediate" | "advanced", "language": same as above}}. Frameworks are coaching frameworks the article supports (habit_formation, behavioral_design, circadian_rhythm, social_connection, meaning_and_purpose, self_compassion, health_risk_awareness...); "evidence" is a sentence of the article.',
    '- "coaching_opportunities": 1 to 3 objects {"type", "framework", "suggestion", "coaching_prompt"}: "suggestion" is one actionable sentence in Ari\'s voice (20-150 characters), "coaching_prompt" is the question Ari asks the reader.',
].join('\n');
const LEVEL_GUIDANCE = {
    beginner: 'Beginner: introduce the key ideas one at a time, in plain words; quizzes check what the cards just said, with 3 options.',
    advanced: 'Advanced: go beyond the first ideas, into the details of the source; quizzes ask about what the cards did not repeat, with 4 options.',
};
/**
 * A system message as every call of its kind sends it: one frozen object, so that the record
 * writer redacts its text once, not in every call's prompt records (see `redactValue`).
 */
function systemMessage(content) {
    return Object.freeze({ role: 'system', content });
}
const ANALYSIS_SYSTEM_MESSAGE = systemMessage(ANALYSIS_SYSTEM);
/** Built once per schema version: every generation call of a run sends the same system prompt. */
const supertaskSystems = new Map();
function supertaskSystem(version) {
    let message = supertaskSystems.get(version);
    if (message === undefined) {
        message = systemMessage(supertaskSystemText(version));
        supertaskSystems.set(version, message);
    }
    return message;
}
function supertaskSystemText(version) {
    return [
        ARI,
        '',
        'Task: write one supertask, a mobile lesson of 3 to 10 minutes, from the filled template the user gives.',
        'Reply with one JSON object and nothing else, valid against this JSON Schema:',
        JSON.stringify(loadSchema(version)),
        '',
        'Rules:',
        '- "flexibleItems" mixes "content" cards (taken from the key ideas and the source text, "author": "Ari", optional "tips" in Ari\'s voice), at least one "quote" and at least one "quiz".',
        '- A quiz\'s correct option comes from the source text; the other options are plausible but wrong; "correctAnswer" is the 0-based index of the correct option; the explanation quotes or paraphrases the source.',
        '- Respect every length limit of the schema: count characters.',
        '- Take "title", "dimension", "archetype", "relatedToId", "language" and "region" from the template\'s frontmatter; "relatedToType" is "GENERIC"; add the level to the title.',
        `- "metadata": "language", "region", "created_at" and "updated_at" (ISO 8601 in UTC), "version": "${version}", "difficulty_level" (the level), "source_template" (the template file name), "ari_persona_applied": true.`,
    ].join('\n');
}
export function analysisRequest({ name, source }) {
    return {
        purpose: 'preprocess.analysis',
        messages: [
            ANALYSIS_SYSTEM_MESSAGE,
            { role: 'user', content: `Analyse this article (file ${name}.md).\n\n${enclose(PromptTags.source, source)}` },
        ],
        task: { kind: 'analysis', name, source },
        params: { temperature: 0.2, max_tokens: 2000 },
        responseSchema: { name: 'ari_analysis', schema: ANALYSIS_SCHEMA },
    };
}
export function supertaskRequest({ name, template, level, schemaVersion }) {
    return {
        purpose: `generate.${level}`,
        messages: [
            supertaskSystem(schemaVersion),
            {
                role: 'user',
                content: [`Level: ${level}`, LEVEL_GUIDANCE[level], `Schema version: ${schemaVersion}`, `Template file: ${name}.md`, '', enclose(PromptTags.template, template)].join('\n'),
            },
        ],
        task: { kind: 'supertask', name, template, level, schemaVersion },
        params: { temperature: 0.7, max_tokens: 4000 },
        responseSchema: { name: `supertask_v${schemaVersion.replace('.', '_')}`, schema: loadSchema(schemaVersion) },
    };
}
