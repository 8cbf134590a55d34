import { describe, expect, it } from 'vitest';
import { Feed } from '../../src/pipeline/feed.js';

describe('Feed', () => {
  it('gives what is pushed in order, waiting for more until it ends', async () => {
    const feed = new Feed<string>(3);
    const read: string[] = [];
    const reading = (async () => {
      for await (const item of feed) read.push(item);
    })();
    feed.push('a');
    await expect(feed.first).resolves.toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(read).toEqual(['a']);
    feed.push('b');
    feed.push('c');
    feed.end();
    feed.push('late'); // after the end: dropped
    await reading;
    expect(read).toEqual(['a', 'b', 'c']);
  });

  it('says when it ended empty', async () => {
    const feed = new Feed<string>(2);
    feed.end();
    await expect(feed.first).resolves.toBe(false);
    const read: string[] = [];
    for await (const item of feed) read.push(item);
    expect(read).toEqual([]);
  });

  it('counts against the most that may come until it ends, then against what came (an article whose preprocessing failed gives no template)', () => {
    const feed = new Feed<string>(3);
    feed.push('a');
    expect(feed.total).toBe(3);
    feed.push('b');
    feed.end();
    expect(feed.total).toBe(2);
  });
});
