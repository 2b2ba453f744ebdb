import type { Month } from '../domain/month';
import { formatMonth } from '../domain/month';
import type { Filter, Operation, Scenario } from '../domain/scenario';
import type { PersonRecord } from './people';
import { CARING_FOR_INFANT } from './people';
import type { PlannedUnit } from './units';

/**
 * The example scenarios of the sample workbook, from the seed article: secretary = chair in the
 * communes; Ban Tổ chức + Phòng Nội vụ and UBKT + Thanh tra merged in every district (the Đức Thọ
 * pilot); district deputies rotated to communes with and without refilling; specialists seconded;
 * and a quota cut to compare against.
 */

const DISTRICT_LEADERSHIP = ['Huyện ủy', 'UBND huyện'];

/** District deputies fit for a three-year rotation (QĐ 65-QĐ/TW: ten years of service left). */
const ROTATION_CANDIDATES: readonly Filter[] = [
  { field: 'role', value: 'deputy' },
  { field: 'unit.level', value: 'Huyện' },
  { field: 'unit.kind', op: 'notIn', value: DISTRICT_LEADERSHIP },
  { field: 'age', op: 'lte', value: 50 },
  { field: 'yearsToRetirement', op: 'gte', value: 10 },
];

function rotation(month: string): Operation {
  return {
    type: 'rotation',
    month,
    people: { where: ROTATION_CANDIDATES, limit: 2, limitPer: 'Huyện' },
    to: { unit: { where: [{ field: 'kind', value: 'UBND xã' }] }, within: 'Huyện', title: 'Phó Chủ tịch UBND', role: 'deputy' },
    durationMonths: 36,
  };
}

/**
 * Hosts: the district Phòng Nội vụ short of people first (that is why one seconds someone), then the
 * others; guests: 'Chuyên viên' of the provincial organization bodies, in their thirties or forties,
 * not raising an infant (secondment is not applied to them).
 */
function secondments(units: readonly PlannedUnit[], people: readonly PersonRecord[], month: string, count: number): Operation[] {
  const hosts = units
    .filter((u) => u.kind === 'Phòng Nội vụ' && u.level === 'Huyện')
    .sort((a, b) => (a.headcount - a.quota) - (b.headcount - b.quota))
    .slice(0, count);
  const sending = new Set(units
    .filter((u) => u.level === 'Tỉnh' && (u.kind === 'Sở Nội vụ' || u.kind === 'Ban Tổ chức'))
    .map((u) => u.id));
  const byUnit = new Map<string, PersonRecord[]>();
  for (const p of people) {
    if (!sending.has(p.unitId) || p.title !== 'Chuyên viên' || p.age < 30 || p.age > 50 || p.note === CARING_FOR_INFANT) continue;
    const list = byUnit.get(p.unitId) ?? [];
    list.push(p);
    byUnit.set(p.unitId, list);
  }
  // Alternate between the senders so neither is emptied.
  const queues = [...byUnit.values()];
  const guests: PersonRecord[] = [];
  for (let i = 0; guests.length < hosts.length && queues.some((q) => q.length > 0); i++) {
    const q = queues[i % queues.length];
    const p = q.shift();
    if (p) guests.push(p);
  }
  return guests.map((p, i) => ({
    type: 'secondment',
    month,
    people: { ids: [p.id] },
    to: { unit: { ids: [hosts[i].id] } },
    durationMonths: 24,
  }));
}

export function exampleScenarios(start: Month, units: readonly PlannedUnit[], people: readonly PersonRecord[]): Scenario[] {
  const startMonth = formatMonth(start);
  const at = (offset: number): string => formatMonth(start + offset);
  // A month in the descriptions as a planner writes it (02/2027); `at` gives the operations' own.
  const said = (offset: number): string => at(offset).split('-').reverse().join('/');
  // The sample's ages are placed relative to its start month: the scenarios keep it, whatever the clock says.
  const base = { startMonth };
  const districtBodies = (kinds: string[]): Filter[] => [
    { field: 'kind', op: 'in', value: kinds },
    { field: 'level', value: 'Huyện' },
  ];

  return [
    {
      code: 'NTH',
      name: 'Bí thư đồng thời là Chủ tịch UBND xã',
      description:
        `Nhất thể hóa từ ${said(3)}: ở mọi xã, phường, thị trấn, Bí thư Đảng ủy kiêm Chủ tịch UBND cùng địa bàn; ` +
        'Chủ tịch UBND hiện tại làm Phó Chủ tịch UBND; biên chế UBND giảm 1 (một vị trí được tiết kiệm). ' +
        'Nơi Bí thư đã kiêm Chủ tịch HĐND sẽ vượt số chức danh tối đa.',
      settings: base,
      operations: [
        {
          type: 'concurrentTitles',
          month: at(3),
          holder: { units: { where: [{ field: 'kind', value: 'Đảng ủy xã' }] }, role: 'head' },
          target: { units: { where: [{ field: 'kind', value: 'UBND xã' }] }, role: 'head' },
          pairBy: 'locality',
          // The pilots kept the former chair in the leadership rather than dismissing them: the
          // cost shows as deputies above the cap and surplus against the cut quota.
          formerHolder: 'deputy',
          cutQuota: true,
        },
      ],
    },
    {
      code: 'HN',
      name: 'Hợp nhất Ban Tổ chức - Nội vụ và UBKT - Thanh tra cấp huyện',
      description:
        `Theo mô hình thí điểm của huyện Đức Thọ, từ ${said(6)} ở mọi huyện: Ban Tổ chức Huyện ủy hợp nhất với Phòng Nội vụ, ` +
        'Ủy ban Kiểm tra Huyện ủy với Thanh tra huyện. Biên chế đơn vị mới bằng tổng trừ 1 (một cấp trưởng), ' +
        'tối đa 3 cấp phó (hợp nhất từ 2 đơn vị: mức của NĐ 150/2025 cho cấp tỉnh, giả định áp dụng cho cấp huyện, chưa kiểm chứng); ' +
        'cấp phó vượt số quy định phải giảm trong 5 năm. Mô hình trước 2025, khi còn cấp huyện.',
      settings: base,
      operations: [
        {
          type: 'merge',
          month: at(6),
          units: { where: districtBodies(['Ban Tổ chức', 'Phòng Nội vụ']) },
          groupBy: 'Huyện',
          into: { name: 'Ban Tổ chức - Nội vụ {group}', kind: 'Ban Tổ chức - Nội vụ' },
          quota: { mode: 'sumMinus', value: 1 },
          deputyCap: 3,
        },
        {
          type: 'merge',
          month: at(6),
          units: { where: districtBodies(['Ủy ban Kiểm tra', 'Thanh tra']) },
          groupBy: 'Huyện',
          into: { name: 'Ủy ban Kiểm tra - Thanh tra {group}', kind: 'Ủy ban Kiểm tra - Thanh tra' },
          quota: { mode: 'sumMinus', value: 1 },
          deputyCap: 3,
        },
      ],
    },
    {
      code: 'LC',
      name: 'Luân chuyển cán bộ huyện về xã, không bổ sung',
      description:
        `Từ ${said(3)}, mỗi huyện luân chuyển 2 cấp phó của các cơ quan cấp huyện (đến 50 tuổi, còn ít nhất 10 năm công tác) ` +
        'về làm Phó Chủ tịch UBND xã trong huyện (ưu tiên xã còn trống vị trí phó chủ tịch) trong 36 tháng; ' +
        'vị trí ở huyện để trống (không tuyển bổ sung). Mô hình trước 2025, khi còn cấp huyện.',
      settings: { ...base, hiring: { policy: 'freeze' } },
      operations: [rotation(at(3))],
    },
    {
      code: 'LCB',
      name: 'Luân chuyển cán bộ huyện về xã, có bổ sung',
      description:
        `Như LC, nhưng mọi vị trí trống trong tỉnh (kể cả vị trí cán bộ luân chuyển để lại) được tuyển bổ sung sau 6 tháng: ` +
        `khi cán bộ trở về (${said(39)}) đơn vị có thể không còn biên chế hoặc vị trí lãnh đạo cho họ. ` +
        'So với hiện trạng cũng tuyển bổ sung như vậy.',
      settings: { ...base, hiring: { policy: 'fill', lagMonths: 6 } },
      operations: [rotation(at(3))],
    },
    {
      code: 'BP',
      name: 'Biệt phái chuyên viên tỉnh về Phòng Nội vụ huyện',
      description:
        `Từ ${said(1)}, chuyên viên Sở Nội vụ và Ban Tổ chức Tỉnh ủy biệt phái 24 tháng về Phòng Nội vụ các huyện đang thiếu người; ` +
        'họ vẫn thuộc biên chế đơn vị cử đi (đơn vị cử đi thiếu người thực tế).',
      settings: base,
      operations: secondments(units, people, at(1), 3),
    },
    {
      code: 'TG',
      name: 'Tinh giản 10 % biên chế cơ quan cấp huyện',
      description: `Từ ${said(12)}, biên chế các cơ quan chuyên môn và tham mưu cấp huyện giảm 10 %.`,
      settings: base,
      operations: [
        {
          type: 'quotaChange',
          month: at(12),
          units: { where: [{ field: 'level', value: 'Huyện' }, { field: 'kind', op: 'notIn', value: DISTRICT_LEADERSHIP }] },
          change: { mode: 'cutPercent', value: 10 },
        },
      ],
    },
  ];
}
