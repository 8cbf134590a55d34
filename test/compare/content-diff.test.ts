import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSupertask, sameContent } from '../../src/package/content-diff.js';

/** The original tool's lesson, made by a real model: timestamps at two depths, one long content item. */
const REFERENCE = fs.readFileSync('test/fixtures/reference/03_output/arthurcbrooks_mostmeaning_filled_template_beginner.json');
const reference = (): any => JSON.parse(REFERENCE.toString('utf8'));
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value, null, 2));

const content = (text: string) => ({ type: 'content', content: text, author: 'Ari' });
const quote = (text: string) => ({ type: 'quote', content: text, author: 'Seneca' });
const quiz = (question: string, correctAnswer = 0) => ({ type: 'quiz', question, options: ['one', 'two', 'three'], correctAnswer, explanation: 'Because the text says so, plainly.' });
const lesson = (items: object[], extra: object = {}) => ({ title: 'Sleep well', flexibleItems: items, metadata: { language: 'english', created_at: '2026-01-01T00:00:00Z' }, ...extra });

describe('same content', () => {
  it('a lesson made again at another time, in another session, is the same lesson', () => {
    const again = reference();
    again.metadata.generation_timestamp = '2026-03-01T10:00:00.000001';
    again.metadata.created_at = '2026-03-01T10:00:00.000002';
    again.metadata.updated_at = '2026-03-01T10:00:00.000003';
    again.metadata.template_metadata.modification_time = '2026-03-01T09:59:00';
    again.metadata.template_metadata.processing_timestamp = '2026-03-01T10:00:00';
    again.metadata.session_id = 'sess_2026-03-01_10-00-00_0123abcd';
    expect(REFERENCE.equals(json(again))).toBe(false);
    expect(sameContent('x.json', REFERENCE, json(again))).toBe(true);
  });

  it('any other difference, at any depth, is a change', () => {
    const moved = reference();
    moved.metadata.template_metadata.file_size = 4978;
    expect(sameContent('x.json', REFERENCE, json(moved))).toBe(false);
    const retitled = reference();
    retitled.title = `${retitled.title}.`;
    expect(sameContent('x.json', REFERENCE, json(retitled))).toBe(false);
  });

  it('markdown: volatile frontmatter keys aside, frontmatter and body count; text that does not parse compares as text', () => {
    const template = (time: string, body: string) => Buffer.from(`---\ntitle: Sleep\nprocessing_timestamp: ${time}\n---\n\n${body}\n`);
    expect(sameContent('t.md', template('2026-01-01', 'Body.'), template('2027-01-01', 'Body.'))).toBe(true);
    expect(sameContent('t.md', template('2026-01-01', 'Body.'), template('2026-01-01', 'Body!'))).toBe(false);
    const broken = (time: string) => Buffer.from(`---\ntitle: [\ncreated_at: ${time}\n`);
    expect(sameContent('t.md', broken('1'), broken('2'))).toBe(false);
    expect(sameContent('bad.json', Buffer.from('{"created_at": 1,'), Buffer.from('{"created_at": 2,'))).toBe(false);
  });
});

describe('the structural diff of a lesson', () => {
  it('names the fields that changed, by path, timestamps aside', () => {
    const base = lesson([content('a'.repeat(60))]);
    const head = lesson([content('a'.repeat(60))], { title: 'Sleep better', estimatedDuration: 300 });
    head.metadata = { language: 'portuguese', created_at: '2027-01-01T00:00:00Z' };
    expect(diffSupertask(base, head)).toEqual({
      fields: [
        { field: 'title', base: 'Sleep well', head: 'Sleep better' },
        { field: 'metadata.language', base: 'english', head: 'portuguese' },
        { field: 'estimatedDuration', head: 300 },
      ],
      items: [],
    });
  });

  it('an item put in front is added, and the items after it are not changed', () => {
    const items = [content('first idea'), quiz('What is first?'), quote('Begin at once to live.')];
    const diff = diffSupertask(lesson(items), lesson([content('a new opening'), ...items]));
    expect(diff.items).toEqual([{ change: 'added', base_position: null, head_position: 1, type: 'content', base: null, head: content('a new opening'), fields: [] }]);
  });

  it('an item rewritten in place is one changed item with the fields that differ', () => {
    const diff = diffSupertask(lesson([content('first idea'), quiz('What is first?', 0), quote('Begin at once to live.')]), lesson([content('first idea'), quiz('What comes first?', 2), quote('Begin at once to live.')]));
    expect(diff.items).toEqual([
      {
        change: 'changed',
        base_position: 2,
        head_position: 2,
        type: 'quiz',
        base: quiz('What is first?', 0),
        head: quiz('What comes first?', 2),
        fields: [
          { field: 'question', base: 'What is first?', head: 'What comes first?' },
          { field: 'correctAnswer', base: 0, head: 2 },
        ],
      },
    ]);
  });

  it('an item replaced by one of another type is removed and added, not changed', () => {
    const diff = diffSupertask(lesson([content('first idea'), quiz('What is first?'), content('last idea')]), lesson([content('first idea'), quote('Begin at once to live.'), content('last idea')]));
    expect(diff.items.map((item) => [item.change, item.type, item.base_position, item.head_position])).toEqual([
      ['removed', 'quiz', 2, null],
      ['added', 'quote', null, 2],
    ]);
  });

  it('items moved and removed: what stayed in order is unchanged', () => {
    const a = content('idea a');
    const b = content('idea b');
    const c = quiz('Which idea came last?');
    const diff = diffSupertask(lesson([a, b, c]), lesson([b, c]));
    expect(diff.items.map((item) => [item.change, item.base_position])).toEqual([['removed', 1]]);
    expect(diffSupertask(lesson([a, b, c]), lesson([a, b, c])).items).toEqual([]);
  });
});
