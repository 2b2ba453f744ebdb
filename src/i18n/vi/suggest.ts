import type { SuggestText } from '../en/suggest';

export const suggestVi: SuggestText = {
  scenarioName: 'Đề xuất điều động: đưa các đơn vị về đúng biên chế',
  description:
    'Bộ giải đề xuất ngày {date}: điều động {placed} người từ đơn vị vượt biên chế sang đơn vị còn thiếu, từ {month}. '
    + 'Ràng buộc: {constraints}. Hãy xem từng trường hợp (lý do ghi ở phần ghi chú), bỏ hoặc sửa nếu cần, rồi chạy.',
  reason: '{person} ({title}): {from} vượt biên chế {surplus}; {to} thiếu {shortage}{group}{specialty}',
  secondmentName: 'Đề xuất biệt phái đến các đơn vị còn thiếu người',
  secondmentDescription:
    'Bộ giải đề xuất ngày {date}: biệt phái {placed} người trong {months} tháng từ {month} đến các đơn vị còn thiếu; '
    + 'họ vẫn thuộc biên chế đơn vị cử đi, nơi này thiếu người thực tế trong thời gian đó. Ràng buộc: {constraints}. '
    + 'Hãy xem từng trường hợp (lý do ghi ở phần ghi chú), bỏ hoặc sửa nếu cần, rồi chạy.',
  secondmentReason: '{person} ({title}), {from}: {to} thiếu {shortage}{group}{specialty}',
  sameGroup: '; cùng {field} ({value})',
  acrossGroup: '; khác {field}',
  specialtyLacking: '; {specialty}, nơi đến chưa có',
  specialty: '; {specialty}',
  status: {
    optimal: 'Phương án tối ưu',
    feasible: 'Phương án tốt nhất tìm được trong thời gian cho phép (cách tối ưu không quá {gap} %)',
    infeasible: 'Không có phương án nào thỏa mọi ràng buộc',
    none: 'Bộ giải chưa tìm được phương án trong thời gian cho phép',
  },
  summary: '{status}: bố trí được {placed} người (các đơn vị được tính thừa {surplus}, thiếu {shortage}), trong {seconds} giây; {variables} biến.',
  unbalanced: {
    noEligible: '{unit} vẫn thiếu {by}: không có ai được phép đến (cùng cấp {level}{within})',
    takenElsewhere: '{unit} vẫn thiếu {by}: những người có thể đến đã được bố trí ở nơi thiếu khác',
    noDestination: '{unit} vẫn thừa {by}: không có đơn vị thiếu người nào nhận được (cùng cấp {level}{within})',
    destinationsFull: '{unit} vẫn thừa {by}: các đơn vị có thể nhận đã đủ người',
    maxFromUnit: '{unit} vẫn thừa {by}: mỗi đơn vị chỉ điều động tối đa {max} người',
    noCandidates: '{unit} vẫn thừa {by}: không ai ở đó được điều động ({retiring} người còn dưới {minMonthsLeft} tháng công tác, {locked} người giữ nguyên, {role} người không thuộc diện được điều động)',
  },
  withinValue: ', cùng {field} {value}',
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
  },
  roles: { head: 'cấp trưởng', deputy: 'cấp phó', staff: 'công chức' },
};
