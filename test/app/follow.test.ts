import { resolveFollow } from '../../src/app/follow';
import type { Staffing } from '../../src/domain/model';

const people = (...rows: [string, string][]): Staffing =>
  ({ units: [], people: rows.map(([id, name]) => ({ id, name })) }) as unknown as Staffing;

describe('the people followed, by id or by name', () => {
  const s = people(['CB1', 'Trần Mạnh Hùng'], ['CB2', 'Trần Mạnh Hưng'], ['CB3', 'Lê Văn An'], ['CB4', 'Lê Văn An']);

  test('a name typed with its accents picks the person written so, not one differing only in accents', () => {
    expect(resolveFollow(s, ['Trần Mạnh Hùng'])).toEqual({ ids: ['CB1'], unknown: [], ambiguous: [] });
    expect(resolveFollow(s, ['trần  mạnh hưng'])).toEqual({ ids: ['CB2'], unknown: [], ambiguous: [] });
  });

  test('typed without accents, a name both could be is ambiguous; two people of one name always are', () => {
    expect(resolveFollow(s, ['Tran Manh Hung']).ambiguous).toEqual([{ name: 'Tran Manh Hung', ids: ['CB1', 'CB2'] }]);
    expect(resolveFollow(s, ['Lê Văn An']).ambiguous).toEqual([{ name: 'Lê Văn An', ids: ['CB3', 'CB4'] }]);
  });

  test('ids first, each once; what matches no one is said', () => {
    expect(resolveFollow(s, ['cb3', 'CB3', 'Nguyễn Văn Bình'])).toEqual({ ids: ['CB3'], unknown: ['Nguyễn Văn Bình'], ambiguous: [] });
  });
});
