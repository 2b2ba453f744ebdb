import type { SuggestText } from '../en/suggest';

export const suggestVi: SuggestText = {
  scenarioName: 'Đề xuất điều động: đưa các đơn vị về đúng biên chế',
  description:
    '{proposed}điều động {placed} người từ đơn vị vượt biên chế sang đơn vị còn thiếu, từ {month}. '
    + 'Ràng buộc: {constraints}. Hãy xem từng trường hợp (lý do ghi ở phần ghi chú), bỏ hoặc sửa nếu cần, rồi chạy.',
  reason: '{person} ({title}): {from} vượt biên chế {surplus}; {to} thiếu {shortage}{group}{specialty}',
  secondmentName: 'Đề xuất biệt phái đến các đơn vị còn thiếu người',
  secondmentDescription:
    '{proposed}biệt phái {placed} người trong {months} tháng từ {month} đến các đơn vị còn thiếu; '
    + 'họ vẫn thuộc biên chế đơn vị cử đi, nơi này thiếu người thực tế trong thời gian đó. Ràng buộc: {constraints}. '
    + 'Hãy xem từng trường hợp (lý do ghi ở phần ghi chú), bỏ hoặc sửa nếu cần, rồi chạy.',
  secondmentReason: '{person} ({title}), {from}: {to} thiếu {shortage}{group}{specialty}',
  sameGroup: '; cùng {field} ({value})',
  acrossGroup: '; khác {field}',
  specialtyLacking: '; {specialty}, nơi đến chưa có',
  specialty: '; {specialty}',
  deputiesName: 'Đề xuất phương án: đưa số cấp phó về trong định mức',
  deputiesDescription:
    '{proposed}{exits} cấp phó nghỉ hưu trước tuổi (Điều 7 NĐ 178/2024) và {moved} cấp phó điều động giữ chức vụ tương đương sang đơn vị cùng loại còn chỗ, '
    + 'từ {month}, để số cấp phó trong định mức chậm nhất {by}. Ràng buộc: {constraints}. '
    + 'Hãy xem từng trường hợp (lý do ghi ở phần ghi chú), bỏ hoặc sửa nếu cần, rồi chạy.',
  exitReason: '{person} ({title}), {from}: {cap}; còn {left} đến tuổi nghỉ hưu, nghỉ hưu trước tuổi (Điều 7 NĐ 178/2024: không quá {years} năm)',
  deputyMoveReason: '{person} ({title}), {from}: {cap}; sang {to} làm cấp phó ({toDeputies} cấp phó, định mức {toCap}){group}; còn {left} đến tuổi nghỉ hưu',
  unitCap: '{deputies} cấp phó, định mức {cap}, tại {by}',
  poolCap: '{pool}{group}: {deputies} cấp phó, được tối đa {allowed}, tại {by}',
  poolGroup: ' ({group})',
  monthsLeft: '{years} năm {months} tháng',
  deputiesSummary: '{status}: {exits} người nghỉ hưu trước tuổi, {moved} người điều động; số cấp phó vượt định mức tại {by}: {before} nếu giữ nguyên, {after} theo đề xuất. Trong {seconds} giây.',
  proposedOn: 'Bộ giải đề xuất ngày {date}: ',
  goalsName: 'Đề xuất phương án: {goals}',
  goalsDescription: 'Bộ giải đề xuất ngày {date}, lần lượt từng mục tiêu, mục tiêu sau tính trên kết quả của mục tiêu trước:\n{parts}',
  goals: { move: 'đưa các đơn vị về đúng biên chế', secondment: 'biệt phái đến nơi thiếu người', deputies: 'đưa số cấp phó về trong định mức' },
  status: {
    optimal: 'Phương án tối ưu',
    feasible: 'Phương án tốt nhất tìm được trong thời gian cho phép (cách tối ưu không quá {gap} %)',
    infeasible: 'Không có phương án nào thỏa mọi ràng buộc',
    none: 'Bộ giải chưa tìm được phương án trong thời gian cho phép',
  },
  summary: '{status}: bố trí được {placed} người (các đơn vị được tính thừa {surplus}, thiếu {shortage}), trong {seconds} giây.',
  unbalanced: {
    noEligible: '{unit} vẫn thiếu {by}: không có ai được phép đến{rules}',
    takenElsewhere: '{unit} vẫn thiếu {by}: những người có thể đến đã được bố trí ở nơi thiếu khác',
    noDestination: '{unit} vẫn thừa {by}: không có đơn vị thiếu người nào nhận được{rules}',
    destinationsFull: '{unit} vẫn thừa {by}: các đơn vị có thể nhận đã đủ người',
    maxFromUnit: '{unit} vẫn thừa {by}: mỗi đơn vị chỉ điều động tối đa {max} người',
    noCandidates: '{unit} vẫn thừa {by}: không ai ở đó được điều động{reasons}',
    capsHeld: '{unit}: {deputies} cấp phó, được tối đa {cap}, tại {month}, vẫn vượt {by}: {reasons}',
  },
  capsReasons: {
    older: '{n} người còn trên {years} năm đến tuổi nghỉ hưu (không thuộc diện nghỉ hưu trước tuổi) và không đơn vị cùng loại nào còn chỗ',
    leaving: '{n} người sẽ nghỉ hưu trước thời điểm đó',
    locked: '{n} người được giữ nguyên',
    placed: '{n} người đã có trong phương án của mục tiêu trước',
    excluded: '{n} người không thuộc diện xét theo điều kiện đã chọn',
    noRoom: 'không đơn vị cùng loại nào còn chỗ cho cấp phó',
  },
  stayReasons: {
    retiring: '{n} người còn dưới {months} tháng công tác',
    locked: '{n} người giữ nguyên',
    placed: '{n} người đã có trong phương án của mục tiêu trước',
    role: '{n} người không thuộc diện được điều động',
  },
  sameLevelOf: 'cùng cấp {level}',
  withinValue: 'cùng {field} {value}',
  withinKm: 'trong vòng {km} km',
  distance: '; cách {km} km',
  pruned: ' Tỉnh lớn: mỗi trường hợp chỉ xét {k} phương án tốt nhất, và phương án là tối ưu trong số đó.',
  unlocated: ' {n} đơn vị được tính không có tọa độ đọc được ("vĩ độ, kinh độ") ở cột {field}.',
  constraints: {
    sameLevel: 'trong cùng cấp',
    sameKind: 'ưu tiên đơn vị cùng loại',
    within: 'trong cùng {field}',
    prefer: 'ưu tiên trong cùng {field}',
    monthsLeft: 'không điều động người còn dưới {n} tháng công tác',
    maxFromUnit: 'mỗi đơn vị tối đa {n} người',
    specialty: 'ưu tiên đưa {field} đến nơi còn thiếu',
    roles: 'chỉ {roles}',
    locked: 'giữ nguyên {n} người',
    excluded: 'không tính {n} đơn vị',
    exitYears: 'chỉ nghỉ hưu trước tuổi khi còn không quá {n} năm',
    keepQuota: 'cấp phó chỉ chuyển đến nơi còn biên chế',
    returns: 'không cử người sẽ nghỉ hưu, hoặc có đơn vị sẽ giải thể, trước khi hết hạn',
    coordinates: 'ưu tiên đơn vị gần hơn (theo cột {field})',
    maxKm: 'cách không quá {n} km (đường chim bay)',
  },
  roles: { head: 'cấp trưởng', deputy: 'cấp phó', staff: 'công chức' },
};
