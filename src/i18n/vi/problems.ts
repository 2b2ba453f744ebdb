import type { ProblemTexts } from '../../tables/problems';

/** Lời nhắn tiếng Việt cho các lỗi và cảnh báo khi đọc bảng đơn vị và bảng cán bộ. */
export const PROBLEM_TEXTS_VI: ProblemTexts = {
  messages: {
    noUnitTable:
      'Không tìm thấy bảng đơn vị. Hãy thêm một bảng có dòng tiêu đề gồm ít nhất Mã đơn vị, Tên đơn vị, Cấp và Biên chế, hoặc chọn bảng đơn vị trong phần ghép cột.',
    noPeopleTable:
      'Không tìm thấy bảng cán bộ. Hãy thêm một bảng có dòng tiêu đề gồm ít nhất Họ và tên, Đơn vị và Chức vụ, hoặc chọn bảng cán bộ trong phần ghép cột.',
    missingColumn:
      '{table} không có cột {field}. Hãy thêm cột có một trong các tiêu đề {headers} (hoặc một tiêu đề thông dụng khác), hoặc ghép một cột có sẵn vào trường này trong phần ghép cột.',
    otherUnitTable:
      'vùng {range} cũng có dạng bảng đơn vị, nhưng chỉ một bảng đơn vị được đọc: {readRange} ở trang tính “{readSheet}”, nên các đơn vị ở đây bị bỏ qua. Hãy gộp tất cả đơn vị vào một bảng, hoặc nếu muốn đọc bảng này, hãy chọn nó làm bảng đơn vị trong phần ghép cột.',
    otherPeopleTable:
      'vùng {range} cũng có dạng bảng cán bộ, nhưng chỉ một bảng cán bộ được đọc: {readRange} ở trang tính “{readSheet}”, nên những người ở đây bị bỏ qua. Hãy gộp tất cả cán bộ vào một bảng, hoặc nếu muốn đọc bảng này, hãy chọn nó làm bảng cán bộ trong phần ghép cột.',
    tableTooLarge:
      '{table} trải rộng trên vùng {range}, {rows} dòng × {columns} cột, nhiều hơn mức được đọc (tối đa {maxColumns} cột và {maxCells} ô): có dữ liệu ở rất xa bên dưới hoặc bên phải bảng. Trên trang tính đó, nhấn Ctrl+End để tìm ô cuối cùng đang dùng, xóa các dòng và cột nằm ngoài bảng rồi lưu lại; hoặc chuyển vùng dữ liệu thành bảng Excel (Chèn → Bảng).',
    emptyTable: '{table} có dòng tiêu đề nhưng không có dữ liệu bên dưới. Hãy nhập dữ liệu, hoặc chọn bảng khác trong phần ghép cột.',
    noBirthDateColumn:
      'bảng cán bộ không có cột ngày sinh nên không tính được thời điểm nghỉ hưu. Để dự báo nghỉ hưu, hãy thêm cột có một trong các tiêu đề {headers}, hoặc ghi ngày sinh vào hai cột “Nam” và “Nữ”.',
    generatedPersonIds:
      'bảng cán bộ không có cột mã cán bộ nên {count} mã đã được tạo theo số dòng ({first} … {last}). Các mã này thay đổi khi dòng bị xê dịch: hãy thêm cột có một trong các tiêu đề {headers} để kịch bản luôn trỏ đúng người.',
    errorValue: 'ô {field} chứa giá trị lỗi {value}. Hãy sửa công thức tạo ra nó, hoặc nhập trực tiếp giá trị.',
    emptyRequiredCell: 'ô {field} đang trống nên không đọc được dòng này. Hãy điền vào.',
    notANumber: '{field} phải là số nguyên, nhưng ô đang chứa “{value}”. Hãy nhập một số, ví dụ 12.',
    negativeNumber: '{field} không được âm ({value}). Hãy nhập số từ 0 trở lên.',
    notWholeNumber: '{field} phải là số nguyên, không phải {value}. Hãy làm tròn thành số nguyên.',
    numberTooLarge:
      '{field} {value} vượt quá {max}, lớn hơn nhiều so với bất kỳ đơn vị nào: có thể đã gõ thừa chữ số, hoặc ghi nhầm số tổng vào dòng của một đơn vị. Hãy nhập đúng số của đơn vị, tối đa {max}.',
    unreadableDate:
      '“{value}” ở ô {field} không phải là ngày đọc được. Hãy viết theo dạng dd/mm/yyyy (ví dụ 05/03/1968), yyyy-mm-dd, hoặc chỉ ghi năm.',
    textTooLong:
      'ô {field} dài {length} ký tự, vượt quá sức chứa của một ô Excel (32.767) nên sẽ bị cắt khi ghi lại. Hãy rút gọn.',
    unknownGender:
      'không nhận ra giới tính “{value}” nên không xác định được tuổi nghỉ hưu của người này. Hãy ghi Nam hoặc Nữ.',
    missingGender:
      'giới tính đang trống nên không xác định được tuổi nghỉ hưu của người này. Hãy ghi Nam hoặc Nữ ở cột Giới tính, hoặc ghi ngày sinh vào cột Nam hay cột Nữ.',
    conflictingGender:
      'cột Giới tính ghi {gender} nhưng ngày sinh lại nằm ở cột {otherGender}; đã dùng theo cột Giới tính. Hãy sửa chỗ ghi sai.',
    bothSplitDates:
      'cả cột ngày sinh Nam và cột ngày sinh Nữ đều có dữ liệu nên không xác định được giới tính. Hãy chỉ ghi ngày sinh vào một cột.',
    unknownRole:
      'không nhận ra vai trò “{value}” nên vai trò được suy ra từ chức vụ: {inferred}. Hãy ghi Trưởng, Phó hoặc Nhân viên (head, deputy, staff), hoặc để trống.',
    missingBirthDate: '{name} chưa có ngày sinh nên không dự báo được thời điểm nghỉ hưu. Hãy điền ngày sinh.',
    birthDateInFuture:
      'ngày sinh {value} sau ngày hôm nay ({today}) nên không thể tính cho người này. Hãy sửa lại (ngày được đọc theo dạng dd/mm/yyyy, ví dụ 05/03/1968).',
    pastRetirementAge:
      '{name}, sinh ngày {value}, đã đến tuổi nghỉ hưu theo quy định vào tháng {lastMonth}, trước ngày hôm nay: khi mô phỏng, người này được tính là đã nghỉ hưu từ tháng đầu tiên và không có trong số liệu nào. Nếu ngày sinh ghi sai, hãy sửa lại; nếu người này đã nghỉ, hãy bỏ dòng này.',
    laterRetirementBeyondLimit:
      '{name} nghỉ từ tháng {value}, muộn hơn tháng nghỉ hưu theo quy định ({statutory}) và sau khi đủ {age} tuổi: nghỉ hưu ở tuổi cao hơn chỉ đến {age} tuổi (nữ 60, nam 65), với các chức danh NĐ 83/2022 (sửa đổi bởi NĐ 99/2024) liệt kê, không có chức danh cấp xã. Tháng muộn nhất là {limit}. Hãy kiểm tra lại tháng này.',
    implausibleAge: 'ngày sinh {value} cho tuổi {age}, ngoài khoảng {min} đến {max} tuổi. Hãy kiểm tra lại.',
    duplicateUnitId:
      'mã đơn vị “{id}” trùng với mã “{firstId}” ở ô {firstCell} (khi so sánh mã, chữ hoa và chữ thường, dấu cách thừa, chữ và số độ rộng toàn phần như “Ｐ０１” được coi là như nhau). Mỗi đơn vị cần một mã riêng.',
    duplicatePersonId:
      'mã cán bộ “{id}” trùng với mã “{firstId}” ở ô {firstCell} (khi so sánh mã, chữ hoa và chữ thường, dấu cách thừa, chữ và số độ rộng toàn phần như “Ｐ０１” được coi là như nhau). Mỗi người cần một mã riêng.',
    unknownUnit:
      'đơn vị “{value}” không có trong bảng đơn vị (không khớp mã, cũng không khớp tên). Hãy sửa lại, hoặc bổ sung đơn vị vào bảng đơn vị.',
    ambiguousUnitName: '“{value}” là tên của nhiều đơn vị ({ids}). Hãy ghi mã đơn vị thay cho tên.',
    unknownParent:
      'đơn vị cấp trên “{value}” không có trong bảng đơn vị. Hãy sửa lại, hoặc để trống nếu đơn vị không trực thuộc đơn vị nào.',
    parentCycle:
      'đơn vị “{id}” lại trực thuộc chính nó qua cột đơn vị cấp trên (tạo thành vòng lặp). Hãy sửa đơn vị cấp trên của một đơn vị trong vòng.',
    twoHeads:
      '{name} là cấp trưởng thứ hai của đơn vị “{unitId}” (người thứ nhất ở dòng {firstRow}). Mỗi đơn vị chỉ có một cấp trưởng: hãy chuyển một người thành cấp phó (Phó …) hoặc sửa lại vai trò.',
    rowsAfterTotals:
      '{table} dừng ở dòng tổng “{label}”, nên {count} dòng dữ liệu bên dưới (dòng đầu tiên là dòng {firstRow}) không được đọc. Hãy xóa các dòng cộng, tổng phụ ở giữa bảng, hoặc chuyển chúng xuống dưới dòng cuối cùng của bảng.',
    rowsBelowTable:
      '{count} dòng từ đây trở xuống nằm ngay dưới bảng Excel “{name}” ({range}) nhưng ở ngoài bảng nên không được đọc. Hãy mở rộng bảng để bao các dòng này: bấm vào bảng, chọn Thiết kế Bảng (Table Design) → Đổi kích thước Bảng (Resize Table) (các dòng thêm bằng LibreOffice thường nằm ngoài bảng).',
    staleMapping:
      'phần ghép cột đã lưu cho {table} lấy {field} từ cột {savedColumn}, nhưng tiêu đề cột này nay là “{savedHeader}”: có lẽ đã có cột được chèn, xóa hoặc di chuyển. Dòng tiêu đề đã được đọc lại, và {field} nay được lấy từ cột {newColumn}. Hãy kiểm tra lại phần ghép cột.',
  },
  variants: {
    staleMappingLost:
      'phần ghép cột đã lưu cho {table} lấy {field} từ cột {savedColumn}, nhưng tiêu đề cột này nay là “{savedHeader}”: có lẽ đã có cột được chèn, xóa hoặc di chuyển. Đọc lại dòng tiêu đề, không cột nào là {field}: hãy ghép lại cột này trong phần ghép cột.',
    sameUnitId: 'mã đơn vị “{id}” đã có ở ô {firstCell}. Mỗi đơn vị cần một mã riêng.',
    samePersonId: 'mã cán bộ “{id}” đã có ở ô {firstCell}. Mỗi người cần một mã riêng.',
    mergedCell:
      'ô {field} nằm trong vùng ô gộp {range}, nên chỉ ô trên cùng bên trái của vùng có giá trị và ô này bị đọc là trống. Hãy bỏ gộp ô (Trang đầu → Gộp & Căn giữa → Hủy gộp ô) rồi điền giá trị cho từng ô.',
    formulaWithoutValue:
      'ô {field} chứa công thức nhưng chưa có giá trị đã tính (tệp được lưu bởi một chương trình không tính công thức), nên bị đọc là trống. Hãy mở tệp bằng Excel (hoặc LibreOffice) rồi lưu lại để giá trị được lưu vào tệp.',
  },
  fields: {
    unitId: 'mã đơn vị',
    unitName: 'tên đơn vị',
    level: 'cấp',
    kind: 'loại đơn vị',
    locality: 'địa bàn',
    parent: 'đơn vị cấp trên',
    quota: 'biên chế',
    deputyCap: 'số cấp phó tối đa',
    personId: 'mã cán bộ',
    fullName: 'họ và tên',
    birthDate: 'ngày sinh',
    male: 'ngày sinh (cột Nam)',
    female: 'ngày sinh (cột Nữ)',
    gender: 'giới tính',
    unit: 'đơn vị công tác',
    title: 'chức vụ',
    role: 'vai trò',
    concurrentTitles: 'chức vụ kiêm nhiệm',
    leavesFrom: 'tháng nghỉ hưu/nghỉ việc',
  },
  tables: { units: 'Bảng đơn vị', people: 'Bảng cán bộ' },
  roles: { head: 'cấp trưởng', deputy: 'cấp phó', staff: 'nhân viên' },
  genders: { M: 'Nam', F: 'Nữ' },
  sheet: 'Trang tính “{sheet}”',
  row: 'dòng {row}',
  column: 'cột {column}',
  headerColumn: '“{header}”',
  skippedSheets:
    'Các trang tính có tên bắt đầu bằng “_” được dành cho các công cụ khác nên không được tìm: {sheets}. Nếu bảng nằm ở một trong các trang này, hãy đổi tên trang, bỏ dấu “_” ở đầu.',
};
