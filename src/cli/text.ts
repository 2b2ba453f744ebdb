/** The command line's own messages, in both languages. */
export const CLI_TEXT = {
  vi: {
    error: 'Lỗi', warning: 'Cảnh báo', usageError: 'Sai cú pháp', seeHelp: 'Xem: staffing-planner --help',
    storeProblem: 'Dữ liệu kịch bản lưu trong tệp có vấn đề',
    sampleWritten: (out: string, units: number, people: number, scenarios: number) =>
      `Đã tạo tệp mẫu ${out}: ${units} đơn vị, ${people} cán bộ, ${scenarios} kịch bản.`,
    validated: (tables: string, units: number, people: number, quota: number, warnings: number) =>
      `Bảng: ${tables}. ${units} đơn vị, ${people} cán bộ, tổng biên chế ${quota}. Cảnh báo: ${warnings}.`,
    kpiNote: 'Cuối kỳ (với sự kiện: tổng cả kỳ); BASE là hiện trạng theo thiết lập mặc định:',
    moreWarnings: (n: number) => `… và ${n} cảnh báo khác: chạy \`staffing-planner validate\` để xem tất cả.`,
    blocking: (n: number) => `Có ${n} lỗi cần sửa trong bảng trước khi chạy kịch bản.`,
    noScenarios: 'Tệp không có kịch bản nào: dùng --scenarios <tệp.json>.',
    badScenarios: (file: string) => `Tệp kịch bản ${file} có lỗi (xem ở trên); chưa chạy gì.`,
    sameFile: 'Không ghi đè tệp đầu vào: chọn --out khác.',
    sheetClash: (sheet: string) => `Sổ đã có trang "${sheet}" không do công cụ này tạo ra, nên không ghi đè: đổi tên trang đó hoặc đổi mã kịch bản.`,
    scenarioDone: (code: string, name: string, changes: number, issues: number, errors: number) =>
      `${code} — ${name}: ${changes} thay đổi về người, ${issues} vấn đề (${errors} lỗi).`,
    written: (out: string, sheets: number, ms: number) => `Đã ghi ${sheets} trang tính vào ${out} (mô phỏng ${ms} ms).`,
    jsonWritten: (out: string) => `Đã ghi kết quả JSON vào ${out}.`,
    help: (version: string) => `staffing-planner ${version} — lập kịch bản biên chế

Cách dùng:
  staffing-planner sample <ra.xlsx> [--people N] [--seed N] [--start YYYY-MM]
      tạo tệp mẫu (tỉnh giả lập theo Hà Tĩnh) có sẵn các kịch bản ví dụ
  staffing-planner validate <vào.xlsx> [--lang vi|en]
      kiểm tra bảng đơn vị và cán bộ, chỉ ra từng lỗi theo trang, dòng, cột
  staffing-planner simulate <vào.xlsx> [--scenarios kb.json] [--out ra.xlsx] [--json kq.json] [--unit-series]
                            [--lang vi|en] [--start YYYY-MM] [--quiet]
      chạy các kịch bản (trong tệp, hoặc từ --scenarios) và ghi các trang kết quả vào một tệp MỚI
  staffing-planner compare <vào.xlsx> [--codes A,B] [--out ra.xlsx] [--lang vi|en]
      so sánh các kịch bản với hiện trạng

Mã thoát: 0 xong; 1 dữ liệu vào có lỗi; 2 sai cú pháp.`,
  },
  en: {
    error: 'Error', warning: 'Warning', usageError: 'Usage error', seeHelp: 'See: staffing-planner --help',
    storeProblem: 'The scenarios stored in the workbook have a problem',
    sampleWritten: (out: string, units: number, people: number, scenarios: number) =>
      `Wrote the sample ${out}: ${units} units, ${people} people, ${scenarios} scenarios.`,
    validated: (tables: string, units: number, people: number, quota: number, warnings: number) =>
      `Tables: ${tables}. ${units} units, ${people} people, total quota ${quota}. Warnings: ${warnings}.`,
    kpiNote: 'At the end of the horizon (events: total over it); BASE is the baseline with the default settings:',
    moreWarnings: (n: number) => `… and ${n} more warnings: run \`staffing-planner validate\` to list them all.`,
    blocking: (n: number) => `${n} error(s) in the tables must be fixed before scenarios can run.`,
    noScenarios: 'The workbook holds no scenarios: pass --scenarios <file.json>.',
    badScenarios: (file: string) => `The scenario file ${file} has problems (above); nothing was run.`,
    sameFile: 'The input file is never overwritten: choose another --out.',
    sheetClash: (sheet: string) => `The workbook already has a sheet "${sheet}" that this tool did not write, so it is left alone: rename that sheet or change the scenario's code.`,
    scenarioDone: (code: string, name: string, changes: number, issues: number, errors: number) =>
      `${code} — ${name}: ${changes} changes to people, ${issues} issues (${errors} errors).`,
    written: (out: string, sheets: number, ms: number) => `Wrote ${sheets} sheets to ${out} (simulation ${ms} ms).`,
    jsonWritten: (out: string) => `Wrote the result JSON to ${out}.`,
    help: (version: string) => `staffing-planner ${version} — staffing scenario planner

Usage:
  staffing-planner sample <out.xlsx> [--people N] [--seed N] [--start YYYY-MM]
      make the sample workbook (a synthetic province shaped like Hà Tĩnh) with example scenarios
  staffing-planner validate <in.xlsx> [--lang vi|en]
      check the unit and people tables; every problem with its sheet, row and column
  staffing-planner simulate <in.xlsx> [--scenarios s.json] [--out out.xlsx] [--json result.json] [--unit-series]
                            [--lang vi|en] [--start YYYY-MM] [--quiet]
      run the scenarios (stored in the workbook, or from --scenarios) and write the result sheets to a NEW file
  staffing-planner compare <in.xlsx> [--codes A,B] [--out out.xlsx] [--lang vi|en]
      compare scenarios with the baseline

Exit codes: 0 done; 1 the input has problems; 2 bad usage.`,
  },
} as const;
