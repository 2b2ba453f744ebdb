import { describeOperation, describeScenario } from '../../src/app/describe';
import type { Operation } from '../../src/domain/scenario';

const rotation: Operation = {
  type: 'rotation', month: '2026-04',
  people: { where: [{ field: 'role', value: 'deputy' }, { field: 'age', op: 'lte', value: 50 }], limit: 2, limitPer: 'Huyện' },
  to: { unit: { where: [{ field: 'kind', value: 'UBND xã' }] }, within: 'Huyện', title: 'Phó Chủ tịch UBND' },
};

test('a rule-form rotation is stated in words, with its defaults spelled out', () => {
  expect(describeOperation(rotation, 'en')).toBe(
    '2026-04: Rotate people where role = deputy ∧ age ≤ 50 (at most 2 per Huyện) to units where kind = UBND xã in the same Huyện'
    + ' (the one with the most free quota) as “Phó Chủ tịch UBND” for 36 months; quota counted at the destination; at the end: back to the origin unit and title',
  );
  expect(describeOperation(rotation, 'vi')).toContain('trong 36 tháng; biên chế tính ở nơi đến; khi hết hạn: về đơn vị và chức danh cũ');
});

test('single forms name the ids; merges and quota changes state the quota rule', () => {
  expect(describeOperation({ type: 'merge', month: '2026-07', units: { ids: ['DT-BTC', 'DT-PNV'] }, quota: { mode: 'sumMinus', value: 1 } }, 'en'))
    .toBe('2026-07: Merge DT-BTC, DT-PNV; quota: the sum − 1');
  expect(describeOperation({ type: 'quotaChange', month: '2027-01', units: { ids: ['A'] }, change: { mode: 'cutPercent', value: 10 }, note: 'NQ 18' }, 'vi'))
    .toBe('2027-01: Điều chỉnh biên chế A: giảm 10 % — NQ 18');
  expect(describeOperation({ type: 'abolish', month: '2026-02', units: { ids: ['X'] } }, 'en'))
    .toBe('2026-02: Abolish X; their people: left without post');
});

test('a scenario is one numbered line per operation', () => {
  const lines = describeScenario({ code: 'S', name: 's', operations: [rotation, { type: 'secondment', month: '2026-02', people: { ids: ['CB1'] }, to: { unit: { ids: ['PNV'] } }, durationMonths: 24 }] }, 'en');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe("2. 2026-02: Second CB1 to PNV for 24 months (they stay on the origin's quota)");
});
