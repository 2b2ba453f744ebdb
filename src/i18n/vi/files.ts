import type { FileTexts } from '../../workbook/fileFaults';

/** Tiếng Việt: vì sao một tệp không đọc được như sổ làm việc của người lập kế hoạch, và cần làm gì. */
export const FILE_TEXTS_VI: FileTexts = {
  faults: {
    empty: 'Tệp {path} rỗng (0 byte), không có sổ làm việc nào. Hãy chọn đúng tệp sổ làm việc, hoặc lưu lại sổ từ Excel.',
    truncated: 'Tệp {path} bị thiếu phần cuối (do tải về hoặc sao chép bị gián đoạn, hoặc ổ đĩa đầy khi lưu). Hãy sao chép hoặc tải lại tệp, hoặc mở bằng Excel rồi lưu lại.',
    legacyExcel: 'Tệp {path} là sổ Excel 97–2003 (.xls). Hãy mở bằng Excel, chọn Tệp → Lưu như, kiểu "Sổ làm việc Excel (.xlsx)", rồi dùng tệp .xlsx.',
    encrypted: 'Tệp {path} có mật khẩu mở tệp nên không đọc được các bảng. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, để trống), lưu lại rồi thử lại.',
    zipPassword: 'Tệp {path} đã được một công cụ nén đặt mật khẩu (không phải mật khẩu của Excel) nên không đọc được. Hãy dùng tệp gốc chưa đặt mật khẩu, hoặc giải nén bằng mật khẩu rồi dùng sổ .xlsx ở trong.',
    binaryExcel: 'Tệp {path} là sổ Excel dạng nhị phân (.xlsb). Hãy mở bằng Excel, chọn Tệp → Lưu như, kiểu "Sổ làm việc Excel (.xlsx)", rồi dùng tệp .xlsx.',
    openDocument: 'Tệp {path} là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice Calc hoặc Excel và lưu thành kiểu "Excel 2007-365 (.xlsx)", rồi dùng tệp .xlsx.',
    wordDocument: 'Tệp {path} là văn bản Word, không phải sổ làm việc. Hãy chọn sổ Excel (.xlsx) có bảng đơn vị và bảng cán bộ.',
    presentation: 'Tệp {path} là bản trình chiếu PowerPoint, không phải sổ làm việc. Hãy chọn sổ Excel (.xlsx) có bảng đơn vị và bảng cán bộ.',
    otherZip: 'Tệp {path} là tệp nén zip nhưng không phải sổ Excel. Nếu sổ làm việc nằm trong đó, hãy giải nén trước rồi dùng tệp .xlsx.',
    csv: 'Tệp {path} là tệp văn bản phân cách bằng dấu phẩy hoặc chấm phẩy (CSV), không phải sổ làm việc. Hãy mở bằng Excel, kiểm tra các cột và lưu thành "Sổ làm việc Excel (.xlsx)".',
    html: 'Tệp {path} là một trang web (HTML) mang tên như sổ Excel, như một số phần mềm vẫn xuất ra. Hãy mở bằng Excel và lưu thành "Sổ làm việc Excel (.xlsx)".',
    xml2003: 'Tệp {path} là tệp "XML Spreadsheet 2003". Hãy mở bằng Excel và lưu thành "Sổ làm việc Excel (.xlsx)".',
    pdf: 'Tệp {path} là tài liệu PDF, không phải sổ làm việc. Hãy dùng sổ Excel (.xlsx) đã lập các bảng.',
    text: 'Tệp {path} là tệp văn bản, không phải sổ Excel. Hãy chọn sổ .xlsx có bảng đơn vị và bảng cán bộ.',
    unknown: 'Tệp {path} không phải sổ Excel (.xlsx). Hãy chọn sổ làm việc có bảng đơn vị và bảng cán bộ, lưu từ Excel ở kiểu "Sổ làm việc Excel (.xlsx)".',
    corruptPart: 'Tệp {path} bị hỏng: không đọc được phần {part} của tệp. Hãy mở bằng Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc dùng một bản sao trước đó.',
    missingPart: 'Tệp {path} bị hỏng: thiếu phần {part} của tệp. Hãy mở bằng Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc dùng một bản sao trước đó.',
    tooLarge: 'Không đọc tệp {path}: {limit}. Sổ làm việc của một tỉnh không bao giờ lớn đến vậy, nên tệp có thể đã hỏng hoặc không phải như vẻ ngoài; hãy mở bằng Excel rồi lưu lại, hoặc dùng một bản sao trước đó.',
    duplicateSheetNames: 'Tệp {path} có hai trang tính tên "{first}" và "{second}", chỉ khác nhau chữ hoa chữ thường; Excel không bao giờ tạo ra tệp như vậy. Hãy mở bằng LibreOffice Calc, đổi tên hoặc xóa một trang, lưu lại rồi thử lại.',
  },
  limits: {
    file: 'tệp lớn hơn {max} byte',
    parts: 'tệp có hơn {max} phần',
    total: 'các phần của tệp khi giải nén sẽ chiếm hơn {max} byte',
    part: 'phần {part} khi giải nén sẽ chiếm hơn {max} byte',
    text: 'phần {part} có một đoạn chữ hoặc thẻ dài hơn {max} ký tự (một ô Excel chứa tối đa 32.767 ký tự)',
  },
};
