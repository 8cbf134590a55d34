import { detectLanguage, LanguageNames, words } from '../../pipeline/language.js';
import { MobileLimits, textLength } from '../../pipeline/limits.js';
import { FORBIDDEN_TEXTS, itemFields, itemsOf, itemTexts, spokenText, VOICE_MARKERS } from '../../pipeline/metrics.js';
import { validateSupertask } from '../../pipeline/schema.js';
import { RuleIds } from './types.js';
/** A run of this many words found as it is in the source is copied text, longer than a quotation keeps (a quote card holds at most 200 characters, about 30 words, and is a quotation by its type). */
export const COPIED_RUN_WORDS = 20;
const LIMIT_NAMES = {
    content: 'card text',
    tip: 'tip',
    quote: 'quote',
    question: 'quiz question',
    option: 'quiz option',
    explanation: 'quiz explanation',
};
const itemPath = (index, field, sub) => `$.flexibleItems[${index}]${field ? `.${field}` : ''}${sub === undefined ? '' : `[${sub}]`}`;
const quoted = (text, max = 60) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
/** `quoted`, from a few words before `at` when it is further in than the quote would reach: what is there shows. */
const quotedAt = (text, at, max = 60) => {
    const start = at < max - 20 ? 0 : at - 20;
    return start === 0 ? quoted(text, max) : quoted(`…${text.slice(start)}`, max);
};
/**
 * Letters, digits and symbols only, lower case: two texts that differ only in spacing, case or punctuation are the
 * same text. Symbols (< > + € and %, emoji) and a minus sign before a number are kept: "< 7 horas" is not "> 7 horas".
 */
const normalized = (text) => text
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])-(?=\p{N})/gu, '−')
    .replace(/[^\p{L}\p{N}\p{S}%]+/gu, ' ')
    .trim();
const schemaInvalid = (output, value) => {
    const errors = validateSupertask(value, output.schemaVersion);
    if (errors.length === 0)
        return [];
    return [
        {
            rule: RuleIds.schemaInvalid,
            severity: 'error',
            path: null,
            message: `The lesson breaks the supertask format v${output.schemaVersion} in ${errors.length} place${errors.length === 1 ? '' : 's'} (first: ${errors[0]}), so the app may refuse or misshow it.`,
        },
    ];
};
/** Every text with a mobile limit, with where it is and the limit's name. */
function limitedTexts(items) {
    const texts = [];
    items.forEach((item, index) => {
        const list = (field, values, range, name) => {
            if (Array.isArray(values))
                values.forEach((text, sub) => texts.push({ text, range, name, path: itemPath(index, field, sub) }));
        };
        if (item.type === 'content') {
            texts.push({ text: item.content, range: MobileLimits.content, name: 'content', path: itemPath(index, 'content') });
            list('tips', item.tips, MobileLimits.tip, 'tip');
        }
        else if (item.type === 'quote') {
            texts.push({ text: item.content, range: MobileLimits.quote, name: 'quote', path: itemPath(index, 'content') });
        }
        else if (item.type === 'quiz') {
            texts.push({ text: item.question, range: MobileLimits.question, name: 'question', path: itemPath(index, 'question') });
            list('options', item.options, MobileLimits.option, 'option');
            texts.push({ text: item.explanation, range: MobileLimits.explanation, name: 'explanation', path: itemPath(index, 'explanation') });
        }
    });
    return texts;
}
const overMobileLimit = (_output, value) => {
    const findings = [];
    const items = itemsOf(value);
    if (items.length > MobileLimits.items.max) {
        findings.push({
            rule: RuleIds.overMobileLimit,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `The lesson has ${items.length} items; a mobile lesson holds at most ${MobileLimits.items.max}.`,
        });
    }
    const duration = value?.estimatedDuration;
    if (typeof duration === 'number' && duration > MobileLimits.duration.max) {
        findings.push({
            rule: RuleIds.overMobileLimit,
            severity: 'warning',
            path: '$.estimatedDuration',
            message: `The lesson is estimated at ${Math.round(duration / 60)} minutes (${duration} s); a mobile lesson takes at most ${MobileLimits.duration.max / 60} minutes.`,
        });
    }
    for (const { text, range, name, path } of limitedTexts(items)) {
        if (typeof text !== 'string')
            continue;
        const length = textLength(text);
        if (length <= range.max)
            continue;
        findings.push({
            rule: RuleIds.overMobileLimit,
            severity: 'warning',
            path,
            message: `A ${LIMIT_NAMES[name]} is ${length} characters long; a phone screen fits at most ${range.max}: ${quoted(text)}.`,
        });
    }
    return findings;
};
const quizRules = (_output, value) => {
    const findings = [];
    itemsOf(value).forEach((item, index) => {
        if (item.type !== 'quiz' || !Array.isArray(item.options))
            return;
        const options = item.options;
        const question = typeof item.question === 'string' ? quoted(item.question) : `number ${index + 1}`;
        const answer = item.correctAnswer;
        if (!(typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < options.length)) {
            findings.push({
                rule: RuleIds.quizAnswerNotAnOption,
                severity: 'error',
                path: itemPath(index, 'correctAnswer'),
                message: `The quiz ${question} marks ${answer === undefined || answer === null ? 'no answer' : `answer ${JSON.stringify(answer)}`} as correct, but ${options.length === 0 ? 'it has no options' : `its options are numbered 0 to ${options.length - 1}`}: no learner can answer it right.`,
            });
        }
        const seen = new Map();
        options.forEach((option, sub) => {
            if (typeof option !== 'string')
                return;
            const key = normalized(option);
            const first = seen.get(key);
            if (first === undefined)
                seen.set(key, sub);
            else {
                findings.push({
                    rule: RuleIds.quizOptionsRepeat,
                    severity: 'error',
                    path: itemPath(index, 'options', sub),
                    message: `The quiz ${question} offers the same option twice (${first + 1} and ${sub + 1}: ${quoted(option)}).`,
                });
            }
        });
    });
    return findings;
};
/** The text an item is about: a card's or quote's text, a quiz's question. */
function mainText(item) {
    const text = item.type === 'quiz' ? item.question : item.content;
    return typeof text === 'string' && text.trim() ? text : undefined;
}
const duplicatedItem = (_output, value) => {
    const findings = [];
    const seen = new Map();
    itemsOf(value).forEach((item, index) => {
        const text = mainText(item);
        if (!text)
            return;
        const key = normalized(text);
        const first = seen.get(key);
        if (first === undefined)
            seen.set(key, index);
        else {
            findings.push({
                rule: RuleIds.duplicatedItem,
                severity: 'warning',
                path: itemPath(index),
                message: `Item ${index + 1} repeats item ${first + 1}: ${quoted(text)}.`,
            });
        }
    });
    return findings;
};
const languageDiffers = (output, value) => {
    const expected = output.sourceLanguage;
    const written = detectLanguage(itemsOf(value).flatMap(itemTexts).join(' '));
    if (!expected || !written || written === expected)
        return [];
    return [
        {
            rule: RuleIds.languageDiffers,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `The lesson is written in ${LanguageNames[written]}, but its source article is in ${LanguageNames[expected]}.`,
        },
    ];
};
/** A few of each language's `VOICE_MARKERS`, as the message names them: the markers looked for are the source's. */
const MARKER_EXAMPLES = { pt: '"você", "tente", "perceba"', en: '"you", "try", "notice"' };
const personaMarkersMissing = (output, value) => {
    const spoken = itemsOf(value)
        .map(spokenText)
        .filter((text) => text !== undefined && text.trim() !== '');
    if (spoken.length === 0)
        return [];
    const markers = output.sourceLanguage ? [VOICE_MARKERS[output.sourceLanguage]] : Object.values(VOICE_MARKERS);
    if (spoken.some((text) => markers.some((marker) => marker.test(text))))
        return [];
    return [
        {
            rule: RuleIds.personaMarkersMissing,
            severity: 'warning',
            path: '$.flexibleItems',
            message: `None of the ${spoken.length} cards and quizzes speaks to the learner the way Ari does (${output.sourceLanguage ? `${MARKER_EXAMPLES[output.sourceLanguage]}... in ${LanguageNames[output.sourceLanguage]}, the source's language` : `${Object.values(MARKER_EXAMPLES).join(', ')}...`}): the lesson reads as a summary, not as coaching.`,
        },
    ];
};
/**
 * Whether `text` holds COPIED_RUN_WORDS words in a row as the source has them (`source`, its words;
 * `at`, where each word is in it). Each word of the text is looked up where the source has it and
 * the run followed from there: the source's runs are never all made, as keys, for every output.
 */
function copiesRun(text, source, at) {
    const list = words(text);
    for (let start = 0; start + COPIED_RUN_WORDS <= list.length; start++) {
        for (const from of at.get(list[start]) ?? []) {
            let length = 1;
            while (length < COPIED_RUN_WORDS && source[from + length] === list[start + length])
                length++;
            if (length === COPIED_RUN_WORDS)
                return true;
        }
    }
    return false;
}
export function indexSource(source) {
    const list = words(source);
    const at = new Map();
    list.forEach((word, index) => {
        const places = at.get(word);
        if (places)
            places.push(index);
        else
            at.set(word, [index]);
    });
    return { words: list, at };
}
const copiedFromSource = (output, value) => {
    if (!output.source)
        return [];
    const { words: source, at } = output.sourceIndex ?? indexSource(output.source);
    if (source.length < COPIED_RUN_WORDS)
        return [];
    const findings = [];
    itemsOf(value).forEach((item, index) => {
        // A quote card is a quotation by its type; the rest should be written for the learner.
        if (item.type === 'quote')
            return;
        const copied = itemFields(item).find(({ text }) => copiesRun(text, source, at));
        if (!copied)
            return;
        findings.push({
            rule: RuleIds.copiedFromSource,
            severity: 'warning',
            path: itemPath(index, copied.field, copied.sub),
            message: `Item ${index + 1} copies ${COPIED_RUN_WORDS} or more words in a row from the source article, more than a quotation: ${quoted(copied.text)}.`,
        });
    });
    return findings;
};
/** Text Ari never writes (`FORBIDDEN_TEXTS`), quotes included: a learner would read it as it is. */
const forbiddenText = (_output, value) => {
    const findings = [];
    itemsOf(value).forEach((item, index) => {
        for (const { field, sub, text } of itemFields(item)) {
            for (const { pattern, what } of FORBIDDEN_TEXTS) {
                const match = pattern.exec(text);
                if (!match)
                    continue;
                findings.push({ rule: RuleIds.forbiddenText, severity: 'error', path: itemPath(index, field, sub), message: `Item ${index + 1} holds ${what}, which a learner would read as it is: ${quotedAt(text, match.index)}.` });
                return;
            }
        }
    });
    return findings;
};
const CHECKS = [schemaInvalid, overMobileLimit, quizRules, duplicatedItem, languageDiffers, personaMarkersMissing, copiedFromSource, forbiddenText];
/** Every finding of every output rule on one generated file's text, not yet located. */
export function outputFindings(output) {
    let value;
    try {
        value = JSON.parse(output.text);
    }
    catch (error) {
        return [
            {
                rule: RuleIds.schemaInvalid,
                severity: 'error',
                path: null,
                message: `The lesson file is not readable JSON (${error.message}), so the app cannot open it.`,
            },
        ];
    }
    return CHECKS.flatMap((check) => check(output, value));
}
/** Findings of the output rules located at their file, its records and its call. */
export function locateFindings(findings, where) {
    return findings.map((finding) => ({ ...finding, file: where.file, records: where.records, call_id: where.callId }));
}
/** Every finding of every output rule on one generated file, located. */
export function checkOutput(output) {
    return locateFindings(outputFindings(output), output);
}
