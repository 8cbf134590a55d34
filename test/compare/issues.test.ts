import { describe, expect, it } from 'vitest';
import { compareIssues, type QualityIssue } from '../../src/package/compare.js';

const issue = (item: number, rule = 'copied-from-source', file = 'sono_advanced.json'): QualityIssue => ({ rule, severity: 'warning', file, message: `Item ${item} copies the source word for word.` });

describe('the quality issues of two runs', () => {
  it('names as new the issues the base does not have word for word, as many as the count grew by', () => {
    const base = [issue(2), issue(5), issue(1, 'mobile-limits')];
    const head = [issue(2), issue(3), issue(5), issue(1, 'mobile-limits')];
    expect(compareIssues(base, head)).toMatchObject({ base: 3, head: 4, delta: 1, new: [issue(3)] });
    // Reworded (an item moved): counted by rule and file, so not new, and no more new than the count grew by.
    expect(compareIssues(base, [issue(2), issue(6), issue(1, 'mobile-limits')]).new).toEqual([]);
    expect(compareIssues(base, [issue(7), issue(8), issue(9), issue(1, 'mobile-limits')]).new).toEqual([issue(9)]);
    expect(compareIssues(null, head).new).toBeNull();
  });
});
