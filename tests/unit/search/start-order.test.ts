import { describe, expect, it } from 'vitest';
import { inStartOrder } from '../../../src/lib/search/start-order.ts';

describe('inStartOrder', () => {
  it('hands items on in start order when work finishes out of order', () => {
    const sent: string[] = [];
    const begin = inStartOrder<string>((item) => sent.push(item));
    const [a, b, c] = [begin(), begin(), begin()];
    c('c');
    b('b');
    expect(sent).toEqual([]);
    a('a');
    expect(sent).toEqual(['a', 'b', 'c']);
    begin()('d');
    expect(sent).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips work that yields no item without holding back later items', () => {
    const sent: number[] = [];
    const begin = inStartOrder<number>((item) => sent.push(item));
    const [first, second, third] = [begin(), begin(), begin()];
    third(3);
    first();
    expect(sent).toEqual([]);
    second(2);
    expect(sent).toEqual([2, 3]);
  });
});
