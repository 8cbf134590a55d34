import { words } from '../language.js';

/**
 * Markdown read as the offline provider needs it: blocks of plain sentences, with the phrases the
 * author emphasised. No markdown library: sources are plain articles, and this keeps the reading
 * small enough to explain.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list' | 'quote';
  /** Heading level (1 for `#`). */
  level: number;
  sentences: string[];
  /** Phrases written in **bold** or __bold__, as plain text. */
  emphasis: string[];
  /**
   * A bold name opening a paragraph, as posts copied from social media sign them
   * ("**arthurcbrooks** Here's where..."): the author, not part of the sentence.
   */
  signature?: string;
}

const STOPWORDS = new Set(
  (
    // Portuguese
    'o os as de da do das dos em no na nos nas um uma uns umas que e é não para com por mais como mas ao aos à às se sua seu suas seus você vocês ' +
    'também muito muita muitos muitas são está estão isso esta este essa esse pelo pela pelos pelas até sem sobre ou quando mesmo já nossa nosso ' +
    'ser ter fazer pode podem deve cada outro outros outra outras todo todos toda todas sempre nada algo ainda menos apenas assim então porque ' +
    'tem têm foi era há seja sejam tão quanto onde qual quais pois depois antes entre também mas nem lhe eles elas ele ela nós isto aquilo ' +
    // English
    'the an of and to in is are was were it that this these those for on with as by at from you your be or not but can have has more most what ' +
    'which where when how its their our we they them there here into about also just than then too very will would should could may might must ' +
    'do does did done been being some any all each every other such only own same so no nor if while because through over under again further ' +
    "one two three things thing today it's here's there's don't can't you're"
  ).split(' '),
);

/** Content words: not function words, at least four letters. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => word.length >= 4 && !STOPWORDS.has(word));
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Inline markdown to plain text: emphasis, code, links and images, HTML tags. */
export function plain(inline: string): string {
  return inline
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function emphasisOf(inline: string): string[] {
  return [...inline.matchAll(/(\*\*|__)(.+?)\1/g)].map((match) => plain(match[2] ?? '')).filter((phrase) => phrase.length > 0);
}

/** Sentence ends: `.`, `!`, `?`, `…` followed by space and a capital, digit or opening quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=["“'(\p{Lu}\d])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** A list item becomes a sentence: it gets the full stop its author left out. */
function asSentence(text: string): string {
  return /[.!?…:;]$/.test(text) ? text : `${text}.`;
}

export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  let quote: string[] | undefined;
  let fenced = false;

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    let inline = paragraph.join(' ');
    const signed = /^(\*\*|__)([^\s*_]+)\1\s+(?=\p{Lu})/u.exec(inline);
    if (signed) inline = inline.slice(signed[0].length);
    const block: Block = { kind: 'paragraph', level: 0, sentences: splitSentences(plain(inline)), emphasis: emphasisOf(inline) };
    if (signed) block.signature = signed[2];
    blocks.push(block);
    paragraph = [];
  };
  const flushList = (): void => {
    if (!list) return;
    const items = list;
    list = undefined;
    const previous = blocks.at(-1);
    const sentences = items.map((item) => asSentence(plain(item))).filter((item) => item.length > 1);
    const emphasis = items.flatMap(emphasisOf);
    // A lead-in that ends with a colon belongs to its list: "Here is where: 1. ... 2. ..."
    if (previous?.kind === 'paragraph' && previous.sentences.at(-1)?.endsWith(':')) {
      previous.kind = 'list';
      previous.sentences.push(...sentences);
      previous.emphasis.push(...emphasis);
    } else {
      blocks.push({ kind: 'list', level: 0, sentences, emphasis });
    }
  };
  const flushQuote = (): void => {
    if (!quote) return;
    const inline = quote.join(' ');
    blocks.push({ kind: 'quote', level: 0, sentences: [plain(inline)], emphasis: emphasisOf(inline) });
    quote = undefined;
  };
  const flush = (): void => {
    flushParagraph();
    flushList();
    flushQuote();
  };

  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const quoted = /^\s*>\s?(.*)$/.exec(line);
    if (line.trim() === '' || /^\s*([-*_]\s*){3,}$/.test(line) || /^\s*\|/.test(line) || /^\s*<!--/.test(line)) {
      flushParagraph();
      flushQuote();
      continue;
    }
    if (heading) {
      flush();
      const text = plain(heading[2] ?? '').replace(/\s*#+$/, '');
      if (text) blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, sentences: [text], emphasis: [] });
    } else if (item) {
      flushParagraph();
      flushQuote();
      list ??= [];
      list.push(item[1] ?? '');
    } else if (quoted) {
      flushParagraph();
      flushList();
      quote ??= [];
      quote.push(quoted[1] ?? '');
    } else if (list && /^\s+\S/.test(raw)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      flushQuote();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/**
 * Shortens `text` to at most `max` characters at the latest sentence end, else clause boundary,
 * else word boundary, marking a cut with `…`. Text already short enough is returned as is.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(' - '), head.lastIndexOf(': '));
  const cut = clause >= max / 2 ? clause : head.lastIndexOf(' ');
  return `${head.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:—-]+$/, '')}…`;
}

/** Cuts `text` to a window of whole words around `[start, end)` that fits in `max`, marking cuts with `…`. */
export function windowAround(text: string, start: number, end: number, max: number): string {
  if (text.length <= max) return text;
  let from = start;
  let to = end;
  // Grow one word at a time, alternating sides, while the window still fits.
  for (let grew = true; grew; ) {
    grew = false;
    const before = text.lastIndexOf(' ', from - 2);
    const nextFrom = before < 0 ? 0 : before + 1;
    if (from > 0 && to - nextFrom + 2 <= max) {
      from = nextFrom;
      grew = true;
    }
    const after = text.indexOf(' ', to + 1);
    const nextTo = after < 0 ? text.length : after;
    if (to < text.length && nextTo - from + 2 <= max) {
      to = nextTo;
      grew = true;
    }
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** FNV-1a: a stable 32-bit hash, so that "random" choices are the same on every run. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** How often each content word occurs in the sentences. */
export function termFrequencies(sentences: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const word of contentWords(sentence)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'content'
  );
}
