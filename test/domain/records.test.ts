import { own, putOwn } from '../../src/domain/records';

describe('records keyed by what planners write', () => {
  it('hold any key as an own property, the names of Object.prototype and "__proto__" included', () => {
    const record: Record<string, number> = {};
    for (const [i, key] of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'Huyện', ''].entries()) putOwn(record, key, i);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record)).toEqual(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'Huyện', '']);
    expect(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'Huyện', ''].map((k) => own(record, k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(own(record, 'valueOf')).toBeUndefined();
    // A key set again keeps its place and takes the new value.
    putOwn(record, '__proto__', 9);
    putOwn(record, 'toString', 8);
    expect([own(record, '__proto__'), own(record, 'toString'), Object.keys(record).length]).toEqual([9, 8, 6]);
    expect(JSON.parse(JSON.stringify(record))).toMatchObject({ constructor: 0, toString: 8, hasOwnProperty: 3 });
  });
});
