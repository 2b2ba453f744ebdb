import type { FormatMessages, JsonType } from '../../format/problems';

const TYPE_NAMES: Readonly<Record<JsonType, string>> = {
  string: 'văn bản',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'true hoặc false',
  null: 'null',
  array: 'danh sách [ … ]',
  object: 'đối tượng { … }',
};

function types(list: readonly JsonType[]): string {
  const names = list.map((t) => TYPE_NAMES[t]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} hoặc ${names[names.length - 1]}`;
}

function quoted(list: readonly string[]): string {
  return list.map((v) => `"${v}"`).join(', ');
}

const ORDER_OPS = 'gt, gte, lt, lte';

export const formatMessages: FormatMessages = {
  // The parser's own detail is in English: the position says where to look.
  invalidJson: ({ line, column }) =>
    `Tệp không phải JSON hợp lệ${line !== null ? ` (dòng ${line}, cột ${column})` : ''}. ` +
    'Hãy kiểm tra dấu phẩy, dấu ngoặc kép hoặc dấu ngoặc bị thiếu hay thừa.',
  tooDeep: ({ line, column, max }) =>
    `Tệp lồng dấu ngoặc sâu hơn ${max} tầng (dòng ${line}, cột ${column}); không tài liệu kịch bản nào như vậy. ` +
    'Đây không phải tệp kịch bản, hoặc tệp đã hỏng: hãy dùng tệp xuất từ công cụ này.',
  wrongFormat: ({ found, expected }) =>
    `Đây không phải tài liệu kịch bản: trường 'format' có giá trị "${found}", cần là "${expected}".`,
  newerVersion: ({ found, supported }) =>
    `Tài liệu này được tạo bởi phiên bản mới hơn của công cụ (định dạng phiên bản ${found}; phiên bản ` +
    `đang dùng chỉ đọc được đến ${supported}). Tài liệu được mở ở chế độ chỉ đọc: hãy cập nhật add-in để chỉnh sửa.`,
  unknownField: ({ at, field, suggestion }) =>
    `Trường không xác định '${field}' tại ${at}: hãy xóa trường này hoặc kiểm tra lại chính tả` +
    (suggestion ? ` (có phải là '${suggestion}'?).` : '.'),
  missingField: ({ at, field }) => `Thiếu trường '${field}' tại ${at}.`,
  wrongType: ({ at, expected, found, value }) =>
    `Sai kiểu dữ liệu tại ${at}: cần ${types(expected)}, nhưng gặp ` +
    `${found === 'number' ? 'số thập phân' : TYPE_NAMES[found]}${value !== null ? ` (${value})` : ''}.`,
  outOfRange: ({ at, value, min, max }) =>
    `Giá trị ${value} tại ${at} nằm ngoài giới hạn: ` +
    (min !== null && max !== null ? `cho phép từ ${min} đến ${max}.`
      : min !== null ? `phải từ ${min} trở lên.` : `không được vượt quá ${max}.`),
  badMonth: ({ at, value }) =>
    `Tháng "${value}" tại ${at} không đúng định dạng: hãy viết theo dạng YYYY-MM, ví dụ 2026-01.`,
  badCode: ({ at, value }) =>
    `Mã "${value}" tại ${at} không hợp lệ: dùng từ 1 đến 12 ký tự gồm chữ cái không dấu (A–Z, a–z), ` +
    "chữ số, '-' và '_'.",
  badDateTime: ({ at, value }) =>
    `Thời điểm "${value}" tại ${at} không đúng định dạng ISO 8601, ví dụ 2026-01-15T09:30:00Z.`,
  badValue: ({ at, value, allowed }) =>
    `Giá trị "${value}" tại ${at} không được phép: hãy dùng một trong các giá trị ${quoted(allowed)}.`,
  unknownOperationType: ({ at, value, allowed }) =>
    `Loại thao tác "${value}" tại ${at} không tồn tại: các loại hợp lệ là ${allowed.join(', ')}.`,
  empty: ({ at }) => `Giá trị tại ${at} không được để trống.`,
  tooLong: ({ at, max }) => `Văn bản tại ${at} quá dài: tối đa ${max} ký tự.`,
  duplicateItem: ({ at, value, first }) => `Giá trị "${value}" tại ${at} bị lặp: đã có tại ${first}.`,
  selectorForm: ({ at, found }) =>
    found === 'both'
      ? `${at} có cả 'ids' lẫn 'where': giữ 'ids' để liệt kê từng đơn vị hoặc từng người (dạng đơn lẻ), ` +
        "hoặc 'where' để chọn theo quy tắc (dạng quy tắc)."
      : `${at} cần có 'ids' (danh sách, dạng đơn lẻ) hoặc 'where' (điều kiện lọc, dạng quy tắc).`,
  limitNeedsWhere: ({ at, field }) =>
    `Trường '${field}' tại ${at} chỉ dùng với quy tắc ('where'); khi dùng 'ids', hãy liệt kê đúng những người cần chọn.`,
  requiresField: ({ at, field, requires }) => `Trường '${field}' tại ${at} cần có thêm trường '${requires}'.`,
  postMatchEmpty: ({ at }) => `${at} phải xác định chức vụ bằng 'title', bằng 'role' hoặc cả hai.`,
  filterValue: ({ at, op, expected }) =>
    expected === 'single'
      ? `Với phép so sánh '${op}', giá trị tại ${at} phải là một giá trị đơn: danh sách chỉ dùng với 'in' hoặc 'notIn' (hoặc khi không ghi 'op').`
      : `Với phép so sánh '${op}' (một trong ${ORDER_OPS}), giá trị tại ${at} phải là số hoặc văn bản ` +
        "(ngày viết dạng 'yyyy-mm-dd').",
  numberComparedWithText: ({ at, field, op, value }) =>
    `Trường '${field}' là một số, nên giá trị so sánh '${op}' tại ${at} phải là số (ví dụ 50), không phải "${value}": ` +
    'so với văn bản thì không ai được chọn.',
  duplicateCode: ({ at, code, first }) =>
    `Mã kịch bản "${code}" tại ${at} đã được dùng tại ${first}: mỗi kịch bản cần một mã riêng ` +
    '(không phân biệt chữ hoa, chữ thường, như tên trang tính).',
  duplicateName: ({ at, name, first }) =>
    `Tên kịch bản "${name}" tại ${at} đã được dùng tại ${first}: hãy đặt cho mỗi kịch bản một tên riêng.`,
  monthOutOfRange: ({ at, value, min, max }) => `Tháng ${value} tại ${at} nằm ngoài khoảng ${min} … ${max}.`,
  retirementTableOrder: ({ at, year, previous }) =>
    `Dòng của bảng tuổi nghỉ hưu tại ${at} bắt đầu từ năm ${year}, không sau dòng liền trước (${previous}): ` +
    "hãy sắp các dòng theo 'fromYear' tăng dần.",
  duplicateRun: ({ at, code, first }) =>
    `Lần chạy của kịch bản "${code}" tại ${at} trùng với ${first}: mỗi kịch bản chỉ giữ một lần chạy.`,
  forbiddenCharacter: ({ at, key, characters, more }) => {
    const many = characters.length > 1 || more;
    return `${key ? 'Tên trường' : 'Văn bản'} tại ${at} chứa ký tự ${characters.join(', ')}${more ? ' và các ký tự khác' : ''}, ` +
      `là ký tự điều khiển không nhìn thấy (thường do dán nhầm) mà tệp Excel không lưu được: hãy xóa ${many ? 'các ký tự này' : 'ký tự này'}.`;
  },
  invalid: ({ at, detail }) => `Giá trị không hợp lệ tại ${at} (${detail}).`,
};
