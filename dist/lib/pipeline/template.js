import { stringify as stringifyYaml } from 'yaml';
import { frontmatterText, parseFrontmatter } from './inputs.js';
import { languageCode } from './language.js';
import { slug } from './offline/text.js';
/**
 * The filled template: the interface between preprocess and generate. YAML frontmatter for the
 * supertask's fixed fields, then sections a person can read and edit before generating. The
 * source itself is kept in it (headings demoted under its own section), so that generate needs
 * nothing but this file.
 */
export const Headings = {
    en: { content: 'Content', overview: 'Overview', keyIdeas: 'Key Ideas', keyIdea: 'Key Idea', quotes: 'Quotes', coaching: "Ari's Coaching", source: 'Source Text' },
    pt: { content: 'Conteúdo', overview: 'Visão Geral', keyIdeas: 'Conceitos-Chave', keyIdea: 'Conceito-Chave', quotes: 'Citações', coaching: 'Coaching do Ari', source: 'Texto-Fonte' },
};
/** A line that opens or closes a fenced code block (CommonMark): up to 3 spaces, then 3 or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * Says of each line, read in order, whether it is in a fenced code block (its fences included): a `#`
 * line there is code, not a heading. A fence is closed by a line of at least as many of its
 * characters and nothing else; one never closed runs to the end, as CommonMark reads it.
 */
function fencedCode() {
    let open;
    return (line) => {
        const fence = FENCE.exec(line);
        if (open === undefined) {
            // A backtick fence's info string may not hold a backtick: such a line is inline code.
            if (fence && !(fence[1].startsWith('`') && fence[2].includes('`')))
                open = fence[1];
            return open !== undefined;
        }
        if (fence && fence[1][0] === open[0] && fence[1].length >= open.length && fence[2].trim() === '')
            open = undefined;
        return true;
    };
}
/** The article's headings `by` levels down (at most to 6), under the template's own; its fenced code as written. */
function demoteHeadings(markdown, by) {
    const inCode = fencedCode();
    return markdown
        .split('\n')
        .map((line) => (inCode(line) ? line : line.replace(/^(#{1,6})(\s|$)/, (_, hashes, space) => `${'#'.repeat(Math.min(6, hashes.length + by))}${space}`)))
        .join('\n');
}
export function renderTemplate(analysis, source) {
    const headings = Headings[languageCode(analysis.language) ?? 'en'];
    const fields = {
        title: analysis.title,
        description: analysis.description,
        dimension: analysis.dimension,
        archetype: analysis.archetype,
        related_to_type: 'GENERIC',
        related_to_id: slug(source.name),
        language: analysis.language,
        region: analysis.region,
        complexity_level: analysis.ari_analysis.content_analysis.complexity_level,
        learning_objectives: analysis.learning_objectives,
        tags: analysis.tags,
        source_file: `${source.name}.md`,
    };
    // What the YAML reads back as: a field the analysis left undefined (one kept although invalid) is not written.
    const frontmatter = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const header = `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n`;
    const lines = ['', `# ${headings.content}`, '', `## ${headings.overview}`, '', analysis.description, ''];
    lines.push(`## ${headings.keyIdeas}`, '');
    analysis.key_ideas.forEach((idea, index) => lines.push(`### ${headings.keyIdea} ${index + 1}`, '', idea, ''));
    if (analysis.quotes.length > 0) {
        lines.push(`## ${headings.quotes}`, '');
        for (const quote of analysis.quotes)
            lines.push(`> "${quote.text}" - ${quote.author}`, '');
    }
    if (analysis.coaching_opportunities.length > 0) {
        lines.push(`## ${headings.coaching}`, '');
        for (const hook of analysis.coaching_opportunities)
            lines.push(`- **${hook.suggestion}** ${hook.coaching_prompt}`);
        lines.push('');
    }
    lines.push(`## ${headings.source}`, '', demoteHeadings(source.body.trim(), 2), '');
    const body = lines.join('\n');
    return { text: header + body, frontmatter, body };
}
const sectionNames = new Map(Object.values(Headings).flatMap((names) => ['overview', 'keyIdeas', 'quotes', 'coaching', 'source'].map((key) => [names[key].toLowerCase(), key])));
const QUOTE = /^>?\s*["“](.+?)["”]\s*[-—–]\s*(.+)$/;
/** Reads a filled template back into its parts. Sections it does not know are left in `source` only when it has no source section. */
export function parseTemplate(text, file) {
    return templateParts(parseFrontmatter(text, file));
}
/** `parseTemplate` of a template whose frontmatter was already split from its body (by `readMarkdown`). */
export function templateParts({ frontmatter, body }) {
    const sections = new Map();
    let current;
    let title;
    // The source's fenced code is kept as written (`demoteHeadings`): a `## ` line in it is code, not a section of the template.
    let inSourceCode;
    for (const line of body.split(/\r?\n/)) {
        if (inSourceCode?.(line)) {
            current?.push(line);
            continue;
        }
        const h2 = /^##\s+(.+?)\s*$/.exec(line);
        if (h2) {
            const key = sectionNames.get((h2[1] ?? '').toLowerCase());
            current = key ? [] : undefined;
            inSourceCode = key === 'source' ? fencedCode() : undefined;
            if (key)
                sections.set(key, current);
            continue;
        }
        const h1 = /^#\s+(.+?)\s*$/.exec(line);
        if (h1 && !title && !current)
            title = h1[1];
        current?.push(line);
    }
    const section = (key) => sections.get(key)?.join('\n').trim();
    const keyIdeas = (section('keyIdeas') ?? '')
        .split(/^###\s+.*$/m)
        .map((part) => part.trim().replace(/\s+/g, ' '))
        .filter((part) => part.length > 0);
    const quotes = (section('quotes') ?? '')
        .split(/\r?\n/)
        .map((line) => QUOTE.exec(line.trim()))
        .filter((match) => match !== null)
        .map((match) => ({ text: (match[1] ?? '').trim(), author: (match[2] ?? '').trim() }));
    const coaching = (section('coaching') ?? '')
        .split(/\r?\n/)
        .map((line) => /^\s*[-*]\s+\*\*(.+?)\*\*\s*(.*)$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ suggestion: (match[1] ?? '').trim(), prompt: (match[2] ?? '').trim() }));
    return {
        frontmatter,
        language: languageCode(frontmatter.language),
        title: frontmatterText(frontmatter.title) ?? title,
        overview: section('overview'),
        keyIdeas,
        quotes,
        coaching,
        source: section('source') ?? body,
    };
}
