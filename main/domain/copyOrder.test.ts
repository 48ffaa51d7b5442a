import { describe, expect, it } from 'vitest';
import { copyOrder } from './copyOrder';

describe('copyOrder', () => {
  it('puts every table after the tables it refers to, keeping the given order otherwise', () => {
    const order = copyOrder(['matter', 'visit', 'user', 'visitor', 'category'], [
      { table: 'matter', refers: 'visit' },
      { table: 'matter', refers: 'visitor' },
      { table: 'matter', refers: 'category' },
      { table: 'visit', refers: 'user' },
    ]);
    expect(order).toEqual(['user', 'visit', 'visitor', 'category', 'matter']);
  });

  it('is not held back by a table referring to itself, nor by a reference to a table not copied', () => {
    expect(copyOrder(['visitor', 'visit'], [{ table: 'visitor', refers: 'visitor' }, { table: 'visit', refers: 'session' }])).toEqual(['visitor', 'visit']);
  });

  it('refuses a cycle between tables', () => {
    expect(() => copyOrder(['a', 'b', 'c'], [{ table: 'a', refers: 'b' }, { table: 'b', refers: 'a' }])).toThrow('a, b');
  });
});
