import { describe, expect, it } from 'vitest';
import { countBy, Tally } from '../../../shared/domain/reports/counting';

describe('Tally, countBy one item at a time', () => {
  it('lists the given keys first, zeros included, then other keys in the order they first came', () => {
    const tally = new Tally<string>(['a', 'b', 'c']);
    for (const key of ['x', 'b', 'y', 'b', 'x']) tally.add(key);
    expect(tally.entries()).toEqual([
      { key: 'a', count: 0 },
      { key: 'b', count: 2 },
      { key: 'c', count: 0 },
      { key: 'x', count: 2 },
      { key: 'y', count: 1 },
    ]);
  });

  it('is what countBy answers for the same items', () => {
    const items = ['q', 'r', 'q', 's'];
    const tally = new Tally<string>(['s']);
    items.forEach((item) => tally.add(item));
    expect(tally.entries()).toEqual(countBy(items, (item) => item, ['s']));
  });
});
