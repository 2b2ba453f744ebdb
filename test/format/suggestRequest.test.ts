import { parseSuggestRequests } from '../../src/format/suggestRequest';

describe("the solver's request from a file", () => {
  it('reads one goal, or several in order', () => {
    const one = parseSuggestRequests(JSON.stringify({ mode: 'deputies', by: '2030-07', constraints: { exitMaxYearsLeft: 5, people: [{ field: 'gender', value: 'F' }] } }), 'en');
    expect(one).toEqual({ requests: [{ mode: 'deputies', by: '2030-07', constraints: { exitMaxYearsLeft: 5, people: [{ field: 'gender', value: 'F' }] } }], problems: [] });
    const two = parseSuggestRequests('[{"mode": "deputies"}, {"mode": "move", "constraints": {"within": "Huyện cũ"}}]', 'en');
    expect(two.requests?.map((r) => r.mode)).toEqual(['deputies', 'move']);
  });

  it('names each problem at its path, in the language asked', () => {
    const bad = parseSuggestRequests(JSON.stringify({ mode: 'deputies', by: '07/2030', constraints: { maxKm: 0, withn: 'Huyện cũ' } }), 'en');
    expect(bad.requests).toBeNull();
    const paths = bad.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.by', '$.constraints.maxKm']));
    expect(bad.problems.find((p) => p.path === '$.by')?.message).toMatch(/2030|month|YYYY/);
    expect(bad.problems.some((p) => /withn/.test(p.message) || p.path.includes('withn'))).toBe(true);
    const vi = parseSuggestRequests('{"mode": "fill"}', 'vi');
    expect(vi.problems[0].path).toBe('$.mode');
    expect(vi.problems[0].message).toMatch(/deputies/);
    const broken = parseSuggestRequests('{"mode": "move",', 'en');
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0].line).toBe(1);
  });
});
