import { isDeepStrictEqual } from 'node:util';
import { LyfeError } from '../errors.js';
import { parseFrontmatter } from '../pipeline/inputs.js';

/**
 * Content of two runs compared as content: the same lesson made at another time or in another
 * session is the same lesson. Keys that hold only when or in which session a file was made are
 * left out, at any depth, of JSON files and of markdown frontmatter; every other byte counts.
 */

/** Keys that say when or in which session a file was made (ours, and the original tool's). */
const VOLATILE_KEYS = new Set(['created_at', 'updated_at', 'generation_timestamp', 'processing_timestamp', 'modification_time', 'session', 'session_id']);

function withoutVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutVolatile);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE_KEYS.has(key)).map(([key, inner]) => [key, withoutVolatile(inner)]));
}

/** What of a file is compared: parsed JSON or frontmatter without the volatile keys, else the text itself. */
export function comparableContent(name: string, content: Buffer): unknown {
  const text = content.toString('utf8');
  if (name.endsWith('.json')) {
    try {
      return { json: withoutVolatile(JSON.parse(text)) };
    } catch (error) {
      if (error instanceof SyntaxError) return { text };
      throw error;
    }
  }
  if (name.endsWith('.md')) {
    try {
      const { frontmatter, body } = parseFrontmatter(text, name);
      return { frontmatter: withoutVolatile(frontmatter), body };
    } catch (error) {
      // Broken frontmatter (a hand-edited template): compared as the text it is.
      if (error instanceof LyfeError) return { text };
      throw error;
    }
  }
  return { bytes: content };
}

export function sameContent(name: string, base: Buffer, head: Buffer): boolean {
  return base.equals(head) || isDeepStrictEqual(comparableContent(name, base), comparableContent(name, head));
}

/** One value that differs: a top-level field of a supertask (`title`, `metadata.language`) or of an item. */
export interface FieldChange {
  field: string;
  /** Absent on the side that lacks the field. */
  base?: unknown;
  head?: unknown;
}

export type SupertaskItem = Record<string, unknown>;

export interface ItemChange {
  change: 'added' | 'removed' | 'changed';
  /** 1-based positions in `flexibleItems`, null on the side the item is not on. */
  base_position: number | null;
  head_position: number | null;
  type: string;
  base: SupertaskItem | null;
  head: SupertaskItem | null;
  /** For a changed item, the fields that differ. */
  fields: FieldChange[];
}

/** What changed between two supertasks: their fields (items aside), then their items. */
export interface SupertaskDiff {
  fields: FieldChange[];
  items: ItemChange[];
}

export const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The supertask in a JSON file's content, or null when the file is not a JSON object. */
export function parseSupertask(content: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(content.toString('utf8'));
    return isObject(value) ? value : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/** Leaves of an object by dotted path; arrays are leaves (a changed tag list is one change). */
function leaves(value: Record<string, unknown>, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    if (VOLATILE_KEYS.has(key)) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(inner)) leaves(inner, name, out);
    else out.set(name, inner);
  }
  return out;
}

function fieldChanges(base: Record<string, unknown>, head: Record<string, unknown>): FieldChange[] {
  const before = leaves(base);
  const after = leaves(head);
  const changes: FieldChange[] = [];
  for (const field of new Set([...before.keys(), ...after.keys()])) {
    if (isDeepStrictEqual(before.get(field), after.get(field))) continue;
    changes.push({ field, ...(before.has(field) ? { base: before.get(field) } : {}), ...(after.has(field) ? { head: after.get(field) } : {}) });
  }
  return changes;
}

const itemsOf = (supertask: Record<string, unknown>): SupertaskItem[] => (Array.isArray(supertask.flexibleItems) ? supertask.flexibleItems.map((item) => (isObject(item) ? item : { value: item })) : []);
const withoutItems = (supertask: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(supertask).filter(([key]) => key !== 'flexibleItems'));
const typeOf = (item: SupertaskItem): string => (typeof item.type === 'string' ? item.type : 'item');

type Step = { op: 'same' | 'removed' | 'added'; base?: number; head?: number };

/** The longest common subsequence of two item lists, as the steps that turn one into the other. */
function alignItems(base: SupertaskItem[], head: SupertaskItem[]): Step[] {
  const equal = (i: number, j: number): boolean => isDeepStrictEqual(base[i], head[j]);
  // lengths[i][j]: LCS length of base[i..] and head[j..]. Supertasks hold a handful of items.
  const lengths = Array.from({ length: base.length + 1 }, () => new Array<number>(head.length + 1).fill(0));
  for (let i = base.length - 1; i >= 0; i--) {
    for (let j = head.length - 1; j >= 0; j--) {
      lengths[i][j] = equal(i, j) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < base.length || j < head.length) {
    if (i < base.length && j < head.length && equal(i, j)) steps.push({ op: 'same', base: i++, head: j++ });
    else if (j < head.length && (i === base.length || lengths[i][j + 1] >= lengths[i + 1][j])) steps.push({ op: 'added', head: j++ });
    else steps.push({ op: 'removed', base: i++ });
  }
  return steps;
}

/**
 * Items that differ, in order. Between two items that stayed, a removed item and an added one of the
 * same type are one changed item (the same quiz with a new question); the others stay removed or added.
 */
function itemChanges(base: SupertaskItem[], head: SupertaskItem[]): ItemChange[] {
  const changes: ItemChange[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = (): void => {
    const pairs = new Map<number, number>();
    let from = 0;
    for (const b of removed) {
      const k = added.findIndex((h, index) => index >= from && typeOf(head[h]) === typeOf(base[b]));
      if (k < 0) continue;
      pairs.set(b, added[k]);
      from = k + 1;
    }
    const paired = new Set(pairs.values());
    for (const b of removed) {
      const h = pairs.get(b);
      if (h === undefined) changes.push({ change: 'removed', base_position: b + 1, head_position: null, type: typeOf(base[b]), base: base[b], head: null, fields: [] });
      else changes.push({ change: 'changed', base_position: b + 1, head_position: h + 1, type: typeOf(head[h]), base: base[b], head: head[h], fields: fieldChanges(base[b], head[h]) });
    }
    for (const h of added) {
      if (!paired.has(h)) changes.push({ change: 'added', base_position: null, head_position: h + 1, type: typeOf(head[h]), base: null, head: head[h], fields: [] });
    }
    removed = [];
    added = [];
  };
  for (const step of alignItems(base, head)) {
    if (step.op === 'same') flush();
    else if (step.op === 'removed') removed.push(step.base!);
    else added.push(step.head!);
  }
  flush();
  return changes;
}

export function diffSupertask(base: Record<string, unknown>, head: Record<string, unknown>): SupertaskDiff {
  return { fields: fieldChanges(withoutItems(base), withoutItems(head)), items: itemChanges(itemsOf(base), itemsOf(head)) };
}
