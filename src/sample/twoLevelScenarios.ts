import type { Month } from '../domain/month';
import { formatMonth } from '../domain/month';
import type { Filter, Operation, Scenario } from '../domain/scenario';
import type { PersonRecord } from './people';
import { CARING_FOR_INFANT } from './people';
import { COMMUNE_COMMITTEE_KIND, COMMUNE_OFFICE_KINDS, IT_POSITION, LAND_POSITION } from './twoLevelUnits';
import type { PlannedUnit } from './units';

/**
 * The example scenarios of the two-level sample: what a provincial planner weighs in late 2026
 * (DOMAIN.md, "What planners in 2026 plan"). Each description says what it assumes.
 */

const POSITION = 'Vị trí việc làm';
const FORMER_DISTRICT = 'Huyện cũ';
const MOUNTAIN = ['Huyện Hương Sơn', 'Huyện Hương Khê', 'Huyện Vũ Quang', 'Huyện Kỳ Anh'];

/** Staff of the commune offices in a unit above its quota. */
const SURPLUS_STAFF: readonly Filter[] = [
  { field: 'unit.kind', op: 'in', value: COMMUNE_OFFICE_KINDS },
  { field: 'role', value: 'staff' },
  { field: 'unit.surplus', op: 'gt', value: 0 },
];

const COMMUNE_OFFICES: readonly Filter[] = [{ field: 'kind', op: 'in', value: COMMUNE_OFFICE_KINDS }];

/** Not seconded: those raising a child under 36 months (NĐ 170/2025). */
const NOT_CARING: Filter = { field: 'Ghi chú', op: 'ne', value: CARING_FOR_INFANT };

/** Provincial staff of a position seconded for 12 months, one to each unit of a kind that has none. */
function specialists(month: string, position: string, kind: string, count: number): Operation {
  return {
    type: 'secondment', month, durationMonths: 12,
    people: { where: [{ field: POSITION, value: position }, { field: 'unit.level', value: 'Tỉnh' }, { field: 'role', value: 'staff' }, NOT_CARING], limit: count },
    to: { unit: { where: [{ field: 'kind', value: kind }] }, perUnit: 1, lacking: POSITION },
  };
}

export function twoLevelScenarios(start: Month, units: readonly PlannedUnit[], people: readonly PersonRecord[]): Scenario[] {
  const at = (offset: number): string => formatMonth(start + offset);
  // A month in the descriptions as a planner writes it (02/2027); `at` gives the operations' own.
  const said = (offset: number): string => at(offset).split('-').reverse().join('/');
  const base = { startMonth: formatMonth(start) };
  const communes = new Set(units.filter((u) => u.kind === COMMUNE_COMMITTEE_KIND).map((u) => u.locality)).size;
  const lacking = (position: string, kind: string): number => {
    const holders = new Set(people.filter((p) => p.position === position).map((p) => p.unitId));
    return units.filter((u) => u.kind === kind && !holders.has(u.id)).length;
  };
  const withoutIt = lacking(IT_POSITION, 'Trung tâm Phục vụ hành chính công');
  const withoutLand = lacking(LAND_POSITION, 'Phòng Kinh tế');

  return [
    {
      code: 'DD',
      name: 'Điều động công chức từ xã thừa sang xã thiếu biên chế',
      description:
        `Từ ${said(3)}, công chức các phòng, trung tâm của xã vượt biên chế được điều động sang phòng, trung tâm của xã còn thiếu, ` +
        'trước hết trong cùng huyện cũ, sau đó trong toàn tỉnh, mỗi đơn vị đến khi hết vượt (nơi đến chỉ nhận khi còn thiếu). ' +
        'Giả định: điều động giữ nguyên chức danh; không tuyển mới. Bảng vấn đề liệt kê các đơn vị vẫn vượt hoặc vẫn thiếu sau điều động: ' +
        'tổng số thừa của khối nhà nước cấp xã lớn hơn tổng số thiếu, nên phần thừa còn lại phải giải quyết bằng nghỉ hưu, nghỉ theo chính sách.',
      settings: base,
      operations: [
        {
          type: 'move', month: at(3), people: { where: SURPLUS_STAFF }, untilBalanced: true,
          to: { unit: { where: COMMUNE_OFFICES }, within: FORMER_DISTRICT },
          note: 'Trong cùng huyện cũ',
        },
        {
          type: 'move', month: at(3), people: { where: SURPLUS_STAFF }, untilBalanced: true,
          to: { unit: { where: COMMUNE_OFFICES } },
          note: 'Trong toàn tỉnh, phần còn lại',
        },
      ],
    },
    {
      code: 'NH',
      name: 'Nghỉ hưu trước tuổi ở các xã vượt biên chế (NĐ 178/2024)',
      description:
        `Từ ${said(2)}, công chức, cấp phó các phòng, trung tâm của xã vượt biên chế còn không quá 5 năm đến tuổi nghỉ hưu ` +
        'nghỉ hưu trước tuổi theo NĐ 178/2024 (Đ.7, sửa đổi bởi NĐ 67/2025; điều kiện: còn không quá 10 năm). ' +
        'Giả định: tất cả người đủ điều kiện đều nhận chính sách; vị trí để trống không tuyển bổ sung.',
      settings: base,
      operations: [
        {
          type: 'exit', month: at(2), policy: 'earlyRetirement',
          people: {
            where: [
              { field: 'unit.kind', op: 'in', value: COMMUNE_OFFICE_KINDS },
              { field: 'role', op: 'in', value: ['staff', 'deputy'] },
              { field: 'unit.surplus', op: 'gt', value: 0 },
              { field: 'yearsToRetirement', op: 'lte', value: 5 },
            ],
          },
        },
      ],
    },
    {
      code: 'BP',
      name: 'Biệt phái chuyên viên tỉnh về xã thiếu chuyên môn, 12 tháng',
      description:
        `Từ ${said(1)}, chuyên viên công nghệ thông tin của tỉnh biệt phái 12 tháng về Trung tâm Phục vụ hành chính công các xã chưa có ` +
        `(${withoutIt} xã), chuyên viên quản lý đất đai về Phòng Kinh tế các xã chưa có (${withoutLand} xã), mỗi xã một người. ` +
        'Họ vẫn thuộc biên chế đơn vị cử đi, nên sở thiếu người thực tế trong 12 tháng. Không biệt phái người đang nuôi con dưới 36 tháng tuổi. ' +
        'Nếu tỉnh không đủ người, các xã còn lại vẫn thiếu (bảng vấn đề ghi "không tìm được nơi đến" cho người thừa, hoặc số xã còn thiếu).',
      settings: base,
      // A small sample may have no commune lacking one of them: no operation for it.
      operations: [
        ...(withoutIt === 0 ? [] : [specialists(at(1), IT_POSITION, 'Trung tâm Phục vụ hành chính công', withoutIt)]),
        ...(withoutLand === 0 ? [] : [specialists(at(1), LAND_POSITION, 'Phòng Kinh tế', withoutLand)]),
      ],
    },
    {
      code: 'PCT',
      name: 'Đưa số Phó Chủ tịch UBND xã về bình quân 2,5',
      description:
        `Toàn tỉnh có ${communes} xã, phường: được tối đa ${Math.floor(communes * 2.5)} Phó Chủ tịch UBND (bình quân 2,5, NĐ 300/2025 Đ.6). ` +
        `Từ ${said(3)}, Phó Chủ tịch UBND ở các xã có 3 Phó Chủ tịch, còn không quá 5 năm đến tuổi nghỉ hưu, nghỉ hưu trước tuổi theo NĐ 178/2024. ` +
        'So sánh với phương án giữ nguyên, trong đó số Phó Chủ tịch chỉ giảm khi có người đến tuổi nghỉ hưu; thời hạn là 5 năm từ khi sắp xếp (07/2030).',
      settings: base,
      operations: [
        {
          type: 'exit', month: at(3), policy: 'earlyRetirement',
          people: {
            where: [
              { field: 'unit.kind', value: COMMUNE_COMMITTEE_KIND },
              { field: 'role', value: 'deputy' },
              { field: 'unit.deputies', op: 'gte', value: 3 },
              { field: 'yearsToRetirement', op: 'lte', value: 5 },
            ],
          },
        },
      ],
    },
    {
      code: 'LC',
      name: 'Luân chuyển Phó Giám đốc sở về làm Phó Chủ tịch UBND xã miền núi, 36 tháng',
      description:
        `Từ ${said(3)}, mỗi sở luân chuyển một Phó Giám đốc (đến 50 tuổi, còn ít nhất 10 năm công tác, QĐ 65-QĐ/TW) về làm ` +
        'Phó Chủ tịch UBND một xã thuộc các huyện miền núi cũ (Hương Sơn, Hương Khê, Vũ Quang, Kỳ Anh), mỗi xã một người, trong 36 tháng; ' +
        'biên chế vẫn tính ở sở (giữ vị trí để trở về). Số Phó Chủ tịch UBND xã vì thế tăng, xa hơn mức bình quân 2,5: ' +
        'mô hình thường đi kèm giảm ở nơi khác.',
      settings: base,
      operations: [
        {
          type: 'rotation', month: at(3), durationMonths: 36, quotaAt: 'origin',
          people: {
            where: [
              { field: 'role', value: 'deputy' },
              { field: 'unit.kind', value: 'Sở' },
              { field: 'age', op: 'lte', value: 50 },
              { field: 'yearsToRetirement', op: 'gte', value: 10 },
            ],
            limit: 1,
            limitPer: 'id',
          },
          to: {
            unit: { where: [{ field: 'kind', value: COMMUNE_COMMITTEE_KIND }, { field: FORMER_DISTRICT, op: 'in', value: MOUNTAIN }] },
            perUnit: 1, title: 'Phó Chủ tịch UBND', role: 'deputy',
          },
        },
      ],
    },
    {
      code: 'NTH',
      name: 'Bí thư đồng thời là Chủ tịch UBND xã (giả định)',
      description:
        `Từ ${said(6)}, ở mọi xã, phường, Bí thư Đảng ủy (đã kiêm Chủ tịch HĐND) kiêm thêm Chủ tịch UBND; Chủ tịch UBND hiện tại làm Phó Chủ tịch; ` +
        'biên chế UBND giảm 1. Chưa có văn bản 2025–2026 quy định mô hình này: đây là giả định để cân nhắc. ' +
        'Mỗi Bí thư giữ 3 chức danh, nên kịch bản đặt số chức danh tối đa là 3 (mặc định 2, không có văn bản quy định), ' +
        'và đứng đầu cả Đảng ủy và UBND (cờ tập trung quyền lực).',
      settings: { ...base, maxTitlesPerPerson: 3 },
      operations: [
        {
          type: 'concurrentTitles', month: at(6),
          holder: { units: { where: [{ field: 'kind', value: 'Đảng ủy xã' }] }, role: 'head' },
          target: { units: { where: [{ field: 'kind', value: COMMUNE_COMMITTEE_KIND }] }, role: 'head' },
          pairBy: 'locality', formerHolder: 'deputy', cutQuota: true,
        },
      ],
    },
  ];
}
