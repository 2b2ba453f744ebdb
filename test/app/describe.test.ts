import { describeOperation, describeScenario, recordNames } from '../../src/app/describe';
import type { Staffing } from '../../src/domain/model';
import type { Operation } from '../../src/domain/scenario';

const rotation: Operation = {
  type: 'rotation', month: '2026-04',
  people: { where: [{ field: 'role', value: 'deputy' }, { field: 'age', op: 'lte', value: 50 }], limit: 2, limitPer: 'Huyện' },
  to: { unit: { where: [{ field: 'kind', value: 'UBND xã' }] }, within: 'Huyện', title: 'Phó Chủ tịch UBND' },
};

test('a rule-form rotation is stated in words, with its defaults spelled out', () => {
  expect(describeOperation(rotation, 'en')).toBe(
    '04/2026: Rotate people whose role is deputy and age 50 or less (at most 2 per Huyện) to units whose unit kind is UBND xã in the same Huyện'
    + ' (where that post is free first, then the most free quota) as “Phó Chủ tịch UBND” for 36 months; quota counted at the destination; at the end: back to the origin unit and title',
  );
  expect(describeOperation(rotation, 'vi')).toBe(
    '04/2026: Luân chuyển những người có vai trò là cấp phó và tuổi từ 50 trở xuống (tối đa 2 mỗi Huyện) đến các đơn vị có loại đơn vị là UBND xã cùng Huyện'
    + ' (ưu tiên nơi còn trống vị trí đó, rồi nơi còn nhiều biên chế nhất) với chức danh “Phó Chủ tịch UBND” trong 36 tháng; biên chế tính ở nơi đến; khi hết hạn: về đơn vị và chức danh cũ',
  );
});

test('single forms name the ids; merges and quota changes state the quota rule', () => {
  expect(describeOperation({ type: 'merge', month: '2026-07', units: { ids: ['DT-BTC', 'DT-PNV'] }, quota: { mode: 'sumMinus', value: 1 } }, 'en'))
    .toBe('07/2026: Merge DT-BTC, DT-PNV; quota: the sum − 1');
  expect(describeOperation({ type: 'quotaChange', month: '2027-01', units: { ids: ['A'] }, change: { mode: 'cutPercent', value: 10 }, note: 'NQ 18' }, 'vi'))
    .toBe('01/2027: Điều chỉnh biên chế A: giảm 10 % — NQ 18');
  expect(describeOperation({ type: 'abolish', month: '2026-02', units: { ids: ['X'] } }, 'en'))
    .toBe('02/2026: Abolish X; their people: left without post');
});

test('a list of units in a rule and the unit fields of a person read as words', () => {
  expect(describeOperation({
    type: 'merge', month: '2026-07', units: { where: [{ field: 'kind', value: ['Ban Tổ chức', 'Phòng Nội vụ'] }, { field: 'level', value: 'Huyện' }] }, groupBy: 'Huyện',
  }, 'vi')).toBe('07/2026: Hợp nhất các đơn vị có loại đơn vị thuộc Ban Tổ chức, Phòng Nội vụ và cấp là Huyện theo từng Huyện; biên chế: tổng');
  expect(describeOperation({ type: 'move', month: '2026-03', people: { where: [{ field: 'unit.level', op: 'ne', value: 'Xã' }] }, to: { unit: { ids: ['B'] } } }, 'en'))
    .toBe("03/2026: Move people whose unit's level is not Xã to B");
  // The unit's kind names the unit already.
  expect(describeOperation({ type: 'move', month: '2026-03', people: { where: [{ field: 'unit.kind', op: 'notIn', value: ['UBND huyện'] }] }, to: { unit: { ids: ['B'] } } }, 'vi'))
    .toMatch(/có loại đơn vị không thuộc UBND huyện/);
  expect(describeOperation({ type: 'move', month: '2026-03', people: { where: [{ field: 'unit.kind', op: 'notIn', value: ['UBND huyện'] }] }, to: { unit: { ids: ['B'] } } }, 'en'))
    .toMatch(/whose unit kind is none of UBND huyện/);
});

test('a scenario is one line per operation, unnumbered (the sheets and the CLI number them)', () => {
  const lines = describeScenario({ code: 'S', name: 's', operations: [rotation, { type: 'secondment', month: '2026-02', people: { ids: ['CB1'] }, to: { unit: { ids: ['PNV'] } }, durationMonths: 24 }] }, 'en');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe("02/2026: Second CB1 to PNV for 24 months (they stay on the origin's quota)");
});

test('with the tables\' names, units and people are named as a decision names them, the id in brackets', () => {
  const staffing = {
    units: [{ id: 'HL-PNV', name: 'Phòng Nội vụ xã Hồng Lĩnh' }, { id: 'X', name: '' }],
    people: [{ id: 'CB00057', name: 'Nguyễn Văn An' }],
  } as unknown as Staffing;
  const names = recordNames(staffing);
  const secondment: Operation = { type: 'secondment', month: '2026-02', people: { ids: ['cb00057', 'CB99'] }, to: { unit: { ids: ['HL-PNV'] } }, durationMonths: 24 };
  // Ids compare as everywhere (case aside); an id the tables lack, or a unit without a name, stays as written.
  expect(describeOperation(secondment, 'vi', names))
    .toBe('02/2026: Biệt phái Nguyễn Văn An (cb00057), CB99 đến Phòng Nội vụ xã Hồng Lĩnh (HL-PNV) trong 24 tháng (vẫn thuộc biên chế nơi đi)');
  expect(describeOperation({ type: 'abolish', month: '2026-02', units: { ids: ['X'] } }, 'en', names)).toBe('02/2026: Abolish X; their people: left without post');
  expect(recordNames(staffing)).toBe(names);
});

test('at most so many per unit id reads "per unit"; an exit is a sentence in English', () => {
  const exit: Operation = { type: 'exit', month: '2026-04', people: { where: [{ field: 'role', value: 'deputy' }], limit: 1, limitPer: 'id' }, policy: 'earlyRetirement' };
  expect(describeOperation(exit, 'vi')).toBe('04/2026: Cho những người có vai trò là cấp phó (tối đa 1 mỗi đơn vị) nghỉ theo chính sách: Nghỉ hưu trước tuổi (NĐ 178/2024, Đ.7)');
  expect(describeOperation(exit, 'en')).toBe('04/2026: Let people whose role is deputy (at most 1 per unit) leave under a policy: Early retirement (NĐ 178/2024 art. 7)');
});

describe('field names that are also names of JavaScript objects\' properties', () => {
  const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

  it.each(NAMES)('describes "%s" as the field it is, in filters, groupBy, pairBy, within and limitPer', (name) => {
    const ops: Operation[] = [
      { type: 'quotaChange', month: '2026-01', units: { where: [{ field: name, value: 'x' }] }, change: { mode: 'cut', value: 1 } },
      { type: 'merge', month: '2026-01', units: { where: [{ field: 'level', value: 'Xã' }] }, groupBy: name },
      {
        type: 'concurrentTitles', month: '2026-01', pairBy: name,
        holder: { units: { where: [{ field: 'kind', value: 'Đảng ủy xã' }] }, role: 'head' }, target: { units: { where: [{ field: 'kind', value: 'UBND xã' }] }, role: 'head' },
      },
      {
        type: 'rotation', month: '2026-01', people: { where: [{ field: `unit.${name}`, value: 1 }], limit: 1, limitPer: name },
        to: { unit: { where: [{ field: 'level', value: 'Xã' }] }, within: name },
      },
    ];
    for (const lang of ['en', 'vi'] as const) {
      const lines = ops.map((op) => describeOperation(op, lang));
      for (const line of lines) {
        expect(line).not.toMatch(/function|native code|\[object Object\]|undefined/);
        expect(line).toContain(name);
      }
    }
    expect(describeOperation(ops[0], 'en')).toBe(`01/2026: Change the quota of units whose ${name} is x: cut by 1`);
    expect(describeOperation(ops[1], 'en')).toBe(`01/2026: Merge units whose level is Xã per ${name}; quota: the sum`);
    expect(describeOperation(ops[3], 'vi')).toContain(`(tối đa 1 mỗi ${name})`);
    expect(describeOperation(ops[3], 'vi')).toContain(`cùng ${name}`);
    expect(describeOperation(ops[3], 'en')).toContain(`people whose unit's ${name} is 1`);
  });
});

test('rebalancing, one each, the specialty lacking and picked destinations are stated', () => {
  expect(describeOperation({
    type: 'move', month: '2026-04', untilBalanced: true,
    people: { where: [{ field: 'unit.surplus', op: 'gt', value: 0 }] },
    to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] }, within: 'Huyện cũ', perUnit: 1, lacking: 'Vị trí việc làm' },
  }, 'vi')).toBe(
    '04/2026: Điều động những người có số người vượt biên chế của đơn vị trên 0 đến các đơn vị có loại đơn vị là Phòng Kinh tế cùng Huyện cũ'
    + ', mỗi đơn vị tối đa 1 người, chỉ đến nơi chưa có ai cùng Vị trí việc làm (ưu tiên nơi còn trống vị trí đó, rồi nơi còn nhiều biên chế nhất)'
    + ', chỉ khi đơn vị đi còn vượt biên chế và đến nơi còn thiếu',
  );
  expect(describeOperation({
    type: 'secondment', month: '2026-02', people: { ids: ['CB1', 'CB2'] }, to: { unit: { ids: ['X1', 'X2'] }, assign: 'inOrder' }, durationMonths: 12,
  }, 'en')).toBe("02/2026: Second CB1, CB2 to X1, X2 (each person to the unit in the same place of the list) for 12 months (they stay on the origin's quota)");
});
