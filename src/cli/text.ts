import type { WriteFault } from './files';

/** What the command line says, in both languages. */

const EXIT_CODES_VI = `Mã thoát:
  0    xong
  1    dữ liệu vào có vấn đề (bảng, tệp không phải sổ .xlsx, tệp kịch bản, trang tính trùng tên): không ghi gì
  2    sai cú pháp (lệnh, tùy chọn, đường dẫn; tệp ra trùng tệp vào): không ghi gì
  3    không ghi được tệp ra (ổ đầy, không có quyền, thư mục chỉ đọc…): không tệp nào bị thay, tệp cũ còn nguyên
  4    lỗi của chương trình: xin gửi thông báo kèm theo cho nhóm phát triển
  130  bị ngắt (Ctrl-C) trước khi ghi: không ghi gì`;

const EXIT_CODES_EN = `Exit codes:
  0    done
  1    the input has problems (tables, a file that is not an .xlsx workbook, the scenario file, a sheet name clash): nothing written
  2    bad usage (command, option, path; an output that is an input): nothing written
  3    an output could not be written (disk full, no permission, read-only folder…): no file replaced, earlier files intact
  4    a bug in the tool: please send the message printed to the developers
  130  interrupted (Ctrl-C) before writing: nothing written`;

/** Usage errors: each with its own sentence in each language. */
export type UsageKey =
  | 'missingValue' | 'flagWithValue' | 'needsOption' | 'unknownOption' | 'optionNotFor' | 'unknownCommand' | 'badLang' | 'badStart' | 'badPeople' | 'peopleTooMany' | 'badSeed'
  | 'arguments' | 'noSuchFile' | 'isFolder' | 'unreadable' | 'samePath' | 'sameAsOther' | 'exists' | 'unknownCodes'
  | 'outExtension' | 'macroExtension' | 'scenariosTooLarge' | 'badTimeline' | 'unknownPeople' | 'ambiguousName'
  | 'badNumber' | 'badMonth' | 'monthOutOfRange' | 'monthBeforeStart' | 'unknownFields' | 'badCode' | 'badMode' | 'needsCoordinates' | 'constraintsWithOptions';

export const CLI_TEXT = {
  vi: {
    error: 'Lỗi', warning: 'Cảnh báo', usageError: 'Sai cú pháp', seeHelp: 'Xem: staffing-planner --help',
    inputWorkbook: 'sổ vào', scenarioFile: 'tệp kịch bản --scenarios',
    storeProblem: 'Dữ liệu kịch bản lưu trong tệp có vấn đề',
    usage: {
      missingValue: '{option} cần một giá trị',
      flagWithValue: '{option} là tùy chọn bật/tắt, không nhận giá trị (“{value}”): ghi {option} để bật, bỏ đi để tắt',
      needsOption: '{option} chỉ có tác dụng cùng {needs}',
      unknownOption: 'không có tùy chọn {option}',
      optionNotFor: 'lệnh {command} không có tùy chọn {option}',
      unknownCommand: 'không có lệnh "{command}"',
      badLang: '--lang phải là vi hoặc en, không phải "{value}"',
      badStart: '--start phải có dạng YYYY-MM (ví dụ 2026-11), không phải "{value}"',
      badPeople: '--people phải là một số nguyên dương, không phải "{value}"',
      peopleTooMany: '--people tối đa {max}, không phải {value}',
      badSeed: '--seed phải là một số nguyên, không phải "{value}"',
      arguments: 'cách dùng: staffing-planner {usage}',
      noSuchFile: 'không có tệp {path}',
      isFolder: '{path} là một thư mục, không phải tệp',
      unreadable: 'không đọc được tệp {path} ({code}): kiểm tra quyền đọc tệp',
      samePath: '{outOption} {out} chính là {otherOption} {other}: ghi ra đó sẽ ghi đè lên nó. Hãy chọn tên khác cho {outOption}',
      sameAsOther: '{outOption} {out} trùng với {otherOption} {other}: hai tệp ra phải khác nhau',
      exists: 'đã có tệp {path}: không ghi đè. Chọn tên khác, hoặc thêm --force để thay nó',
      unknownCodes: 'không có kịch bản mã {codes}',
      outExtension: 'tệp ra {path} phải có đuôi {expected}',
      macroExtension: 'sổ vào có macro (.xlsm), nên tệp ra {path} phải có đuôi .xlsm để Excel mở được',
      scenariosTooLarge: 'tệp kịch bản {path} lớn hơn {max} byte: đây không phải tệp kịch bản',
      badTimeline: '--timeline phải là auto, locality hoặc parent, không phải "{value}"',
      badNumber: '{option} phải là một số nguyên từ {min} trở lên, không phải "{value}"',
      badMonth: '{option} phải có dạng YYYY-MM (ví dụ 2027-01), không phải "{value}"',
      monthOutOfRange: '{option} phải là một tháng từ {min} đến {max}, không phải {value}',
      monthBeforeStart: '{option} {value} ở trước tháng bắt đầu mô phỏng {start}: chọn một tháng từ {start} trở đi, hoặc đặt --start sớm hơn',
      unknownFields: 'bảng đơn vị và bảng cán bộ không có cột {fields}: hãy kiểm tra chính tả',
      badCode: '--code phải gồm chữ cái, chữ số, - hoặc _, tối đa 12 ký tự, không phải "{value}"',
      constraintsWithOptions: 'tệp --constraints đã ghi mục tiêu và ràng buộc; bỏ {options} hoặc ghi chúng vào tệp',
      needsCoordinates: '--max-km cần --coordinates CỘT: cột tọa độ (“vĩ độ, kinh độ”) của đơn vị, ví dụ --coordinates "Tọa độ"',
      badMode: '--mode phải là move (điều động), secondment (biệt phái) hoặc deputies (cấp phó trong định mức), hoặc vài mục tiêu cách nhau bởi dấu phẩy; không phải "{value}"',
      unknownPeople: '--follow: không có cán bộ nào có mã hoặc họ tên {people} trong bảng cán bộ',
      ambiguousName: '--follow: có {count} người tên {name} ({ids}): hãy ghi mã cán bộ',
    } satisfies Record<UsageKey, string>,
    writeFaults: {
      diskFull: 'ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc chọn thư mục khác',
      denied: 'không có quyền ghi vào đó, hoặc tệp đang mở trong Excel. Hãy đóng tệp trong Excel, hoặc chọn thư mục khác',
      readOnly: 'thư mục chỉ cho đọc. Hãy chọn thư mục khác',
      isFolder: 'đó là một thư mục. Hãy cho đường dẫn của một tệp, ví dụ ketqua.xlsx',
      noFolder: 'không tạo được thư mục chứa nó. Hãy kiểm tra đường dẫn',
      busy: 'tệp đang được chương trình khác dùng. Hãy đóng nó rồi chạy lại',
      nameTooLong: 'tên tệp quá dài. Hãy chọn tên ngắn hơn',
      tooManyFiles: 'hệ thống đang mở quá nhiều tệp. Hãy đóng bớt chương trình rồi chạy lại',
      other: 'lỗi hệ thống tệp. Hãy thử lại, hoặc chọn thư mục khác',
    } satisfies Record<WriteFault, string>,
    writeFailed: (path: string, why: string, code: string | null) =>
      `Không ghi được ${path}: ${why}${code ? ` (${code})` : ''}. Không tệp nào bị thay; tệp cũ (nếu có) còn nguyên.`,
    internal: 'Lỗi của chương trình (không phải do dữ liệu). Xin gửi thông báo dưới đây cho nhóm phát triển; tệp vào không bị thay đổi và không ghi tệp ra nào.',
    sampleWritten: (out: string, units: string, people: string, scenarios: number) =>
      `Đã tạo tệp mẫu ${out}: ${units} đơn vị, ${people} cán bộ, ${scenarios} kịch bản.`,
    validated: (tables: string, units: string, people: string, quota: string, warnings: string) =>
      `Bảng: ${tables}. ${units} đơn vị, ${people} cán bộ, tổng biên chế ${quota}. Cảnh báo: ${warnings}.`,
    kpiNote: 'Trước cải cách: theo bảng đầu vào; các cột khác: cuối kỳ (với sự kiện: tổng cả kỳ). Giữ nguyên: thiết lập mặc định, không có thao tác:',
    moreWarnings: (n: string) => `… và ${n} cảnh báo khác: chạy \`staffing-planner validate\` để xem tất cả.`,
    blocking: (n: string) => `Có ${n} lỗi cần sửa trong bảng trước khi chạy kịch bản.`,
    noScenarios: 'Tệp không có kịch bản nào: dùng --scenarios <tệp.json>.',
    noScenariosDamaged: 'Dữ liệu kịch bản lưu trong tệp bị hỏng nên không dùng được: dùng --scenarios <tệp.json>.',
    badScenarios: (file: string) => `Tệp kịch bản ${file} có lỗi (xem ở trên); chưa chạy gì.`,
    badConstraints: (file: string) => `Tệp mục tiêu và ràng buộc ${file} có lỗi (xem ở trên); chưa giải gì.`,
    unreadableConstraints: (file: string) => `Tệp mục tiêu và ràng buộc ${file} không phải văn bản UTF-8: hãy dùng tệp .json.`,
    unreadableScenarios: (file: string) => `Tệp kịch bản ${file} không phải tệp văn bản (có thể là tệp Excel hay tệp nén): hãy dùng tệp .json xuất từ công cụ này.`,
    storeKept: {
      damaged: 'Dữ liệu kịch bản lưu trong tệp bị hỏng: được giữ nguyên trong tệp ra, không ghi đè; các lần chạy này không được lưu vào đó. Mở tệp bằng phần bổ trợ để xem và chọn thay thế.',
      newer: 'Dữ liệu kịch bản lưu trong tệp do phiên bản mới hơn ghi: được giữ nguyên trong tệp ra (chỉ đọc); các lần chạy này không được lưu vào đó.',
    },
    intoRefused: {
      damaged: 'Dữ liệu kịch bản lưu trong tệp bị hỏng nên không thể thêm đề xuất vào đó (--into); không ghi tệp nào. Mở tệp bằng phần bổ trợ để xem và chọn thay thế, hoặc chạy lại không có --into để chỉ ghi tệp đề xuất.',
      newer: 'Dữ liệu kịch bản lưu trong tệp do phiên bản mới hơn ghi nên không thể thêm đề xuất vào đó (--into); không ghi tệp nào. Hãy dùng phiên bản mới hơn, hoặc chạy lại không có --into để chỉ ghi tệp đề xuất.',
    },
    storeCell: (place: string, text: string) =>
      `Nơi hỏng: ô ${place}, trong trang ẩn nơi công cụ lưu các kịch bản, đã bị sửa hoặc ghi thêm bằng tay (“${text}”). Hãy hoàn tác thay đổi đó hoặc xóa nội dung ô rồi lưu lại; nếu không, kịch bản chỉ được đọc từ --scenarios.`,
    foreignStore: (sheet: string) =>
      `Sổ có trang tính "${sheet}" của người dùng, trùng tên với trang lưu kịch bản của công cụ này, nên công cụ không ghi gì để khỏi ghi đè hay ẩn nó. Hãy đổi tên trang đó (nhấp chuột phải vào thẻ trang → Đổi tên; nếu trang bị ẩn: Trang chủ → Định dạng → Ẩn & Hiện → Hiện trang), lưu lại rồi chạy lại.`,
    sheetClash: (sheet: string, ofScenario: boolean) => `Sổ đã có trang "${sheet}" không do công cụ này tạo ra, nên không ghi đè: đổi tên trang đó${ofScenario ? ' hoặc đổi mã kịch bản' : ''}.`,
    cellFixes: (n: string) => `${n} ô có ký tự điều khiển hoặc quá 32.767 ký tự đã được sửa khi ghi:`,
    scenarioDone: (code: string, name: string, changed: string, exits: string, issues: string, errors: string) =>
      `${code} — ${name}: ${changed} người thay đổi vị trí, ${exits} nghỉ theo chính sách; ${issues} vấn đề (${errors} lỗi).`,
    written: (out: string, sheets: number, ms: string) => `Đã ghi ${sheets} trang tính vào ${out} (mô phỏng ${ms} ms).`,
    followMarked: 'Trang “Theo dõi cán bộ” đã có từ trước được ghi chú là có thể đã cũ: thêm --follow để ghi lại trang này.',
    staleMarked: (code: string, reason: 'outOfDate' | 'edited') => `Các trang của kịch bản ${code} giữ kết quả cũ (${reason === 'edited' ? 'kịch bản đã sửa sau lần chạy' : 'bảng dữ liệu đã thay đổi sau lần chạy'}): dòng đầu mỗi trang đã ghi rõ; hãy chạy lại kịch bản này.`,
    jsonWritten: (out: string) => `Đã ghi kết quả JSON vào ${out}.`,
    suggestWritten: (out: string, input: string) => `Đã ghi kịch bản đề xuất vào ${out}. Chạy thử: staffing-planner simulate ${input} --scenarios ${out}`,
    solving: 'Đang giải…',
    suggestStored: (into: string, code: string) => `Đã ghi ${into}: bản sao của sổ với kịch bản ${code} thêm vào các kịch bản của sổ.`,
    help: (version: string) => `staffing-planner ${version} — lập kịch bản biên chế

Cách dùng:
  staffing-planner sample <ra.xlsx> [--three-level] [--people N] [--seed N] [--start YYYY-MM] [--force]
      tạo tệp mẫu (tỉnh giả lập theo Hà Tĩnh, chính quyền hai cấp: tỉnh và 69 xã, phường) có sẵn các kịch bản ví dụ;
      --three-level: tỉnh ba cấp trước 01/7/2025 (có cấp huyện); --people N: khoảng N cán bộ (ít nhất các cơ quan
      cấp tỉnh và một xã: khoảng 1.400; tỉnh ba cấp: khoảng 700); không ghi đè tệp đã có nếu không có --force
  staffing-planner suggest <vào.xlsx> [--mode move|secondment|deputies[,…]] [--by YYYY-MM] [--exit-years N] [--ignore-quota] [--coordinates CỘT] [--max-km N] [--constraints TỆP] [--months N] [--units LOẠI,LOẠI] [--from-units …] [--to-units …] [--any-level] [--within CỘT] [--prefer CỘT] [--specialty CỘT] [--max-from-unit K]
                           [--min-months-left N] [--month YYYY-MM] [--code MÃ] [--time-limit GIÂY] [--out đềxuất.json] [--into ra.xlsx]
      bộ giải đề xuất điều động từ đơn vị vượt biên chế sang đơn vị còn thiếu (--units: chỉ các loại đơn vị này;
      --within: không vượt ra ngoài cột này, ví dụ "Huyện cũ"; --prefer: ưu tiên cùng cột này; --specialty: ưu tiên đưa
      người đến nơi chưa có ai cùng giá trị cột này; --mode secondment: biệt phái --months tháng từ các đơn vị
      --from-units, mỗi đơn vị tối đa --max-from-unit người (mặc định 2), đến đơn vị --to-units còn thiếu; --any-level:
      được khác cấp, ví dụ tỉnh về xã); --mode deputies: đưa số cấp phó về trong định mức (từng đơn vị và bình quân)
      chậm nhất --by (mặc định hạn của cài đặt), bằng nghỉ hưu trước tuổi (còn không quá --exit-years năm, mặc định 10)
      và điều động cấp phó sang đơn vị cùng loại còn chỗ và còn biên chế (--ignore-quota: không cần còn biên chế);
      --coordinates: cột tọa độ (“vĩ độ, kinh độ”), ưu tiên nơi gần hơn; --max-km: không xa hơn N km (đường chim bay);
      --mode deputies,move: lần lượt từng mục tiêu, mục tiêu sau tính trên kết quả mục tiêu trước;
      --constraints TỆP: mục tiêu và ràng buộc trong một tệp .json (như docs/suggest.md), thay cho các tùy chọn;
      ghi một kịch bản để xem, sửa và chạy; --into: thêm cả bản sao của sổ có kịch bản đó
  staffing-planner validate <vào.xlsx> [--lang vi|en]
      kiểm tra bảng đơn vị và cán bộ, chỉ ra từng lỗi theo trang, dòng, cột
  staffing-planner simulate <vào.xlsx> [--scenarios kb.json] [--out ra.xlsx] [--json kq.json] [--unit-series]
                            [--timeline auto|locality|parent] [--follow MÃ,MÃ] [--lang vi|en] [--start YYYY-MM] [--quiet]
      chạy các kịch bản (trong tệp, hoặc từ --scenarios) và ghi các trang kết quả vào một tệp MỚI;
      mọi phần khác của sổ được giữ nguyên. --timeline: diễn biến theo từng địa bàn (locality), theo địa bàn
      cấp trên (parent: mỗi xã tính vào huyện), hoặc tự chọn theo cỡ sổ (auto, mặc định).
      --follow: trang “Theo dõi cán bộ” cho biết những người đó (mã hoặc họ tên) ở đâu, từng tháng, trong mỗi kịch bản
  staffing-planner compare <vào.xlsx> [--codes A,B] [--scenarios kb.json] [--follow MÃ,MÃ] [--out ra.xlsx]
                           [--timeline auto|locality|parent] [--lang vi|en] [--start YYYY-MM]
      so sánh các kịch bản (--codes: chỉ các mã này, không phân biệt hoa thường) với phương án giữ nguyên

Mọi lệnh: --lang vi|en (ngôn ngữ của thông báo và các trang ghi ra), --quiet (không in tiến độ), --help.
--start: tháng mô phỏng đầu tiên cho các kịch bản không tự đặt tháng bắt đầu (mặc định: tháng hiện tại).
Mỗi lệnh chỉ nhận các tùy chọn của nó; tùy chọn của lệnh khác bị từ chối.

Tệp vào không bao giờ bị thay đổi. Tệp ra được ghi trọn vẹn hoặc không ghi gì.

${EXIT_CODES_VI}`,
  },
  en: {
    error: 'Error', warning: 'Warning', usageError: 'Usage error', seeHelp: 'See: staffing-planner --help',
    inputWorkbook: 'the input workbook', scenarioFile: 'the scenario file --scenarios',
    storeProblem: 'The scenarios stored in the workbook have a problem',
    usage: {
      missingValue: '{option} needs a value',
      flagWithValue: '{option} is an on/off option and takes no value ("{value}"): write {option} to turn it on, leave it out to turn it off',
      needsOption: '{option} only works with {needs}',
      unknownOption: 'there is no option {option}',
      optionNotFor: '{command} has no option {option}',
      unknownCommand: 'there is no command "{command}"',
      badLang: '--lang must be vi or en, not "{value}"',
      badStart: '--start must be YYYY-MM (for example 2026-11), not "{value}"',
      badPeople: '--people must be a positive whole number, not "{value}"',
      peopleTooMany: '--people can be at most {max}, not {value}',
      badSeed: '--seed must be a whole number, not "{value}"',
      arguments: 'usage: staffing-planner {usage}',
      noSuchFile: 'there is no file {path}',
      isFolder: '{path} is a folder, not a file',
      unreadable: 'the file {path} cannot be read ({code}): check that you may read it',
      samePath: '{outOption} {out} is {otherOption} {other}: writing there would overwrite it. Choose another name for {outOption}',
      sameAsOther: '{outOption} {out} is the same file as {otherOption} {other}: the two outputs must differ',
      exists: 'the file {path} exists and is not overwritten. Choose another name, or add --force to replace it',
      unknownCodes: 'there is no scenario with code {codes}',
      outExtension: 'the output {path} must end in {expected}',
      macroExtension: 'the input workbook holds macros (.xlsm), so the output {path} must end in .xlsm for Excel to open it',
      scenariosTooLarge: 'the scenario file {path} is larger than {max} bytes: it is not a scenario file',
      badTimeline: '--timeline must be auto, locality or parent, not "{value}"',
      badNumber: '{option} must be a whole number of {min} or more, not "{value}"',
      badMonth: '{option} must be YYYY-MM (for example 2027-01), not "{value}"',
      monthOutOfRange: '{option} must be a month from {min} to {max}, not {value}',
      monthBeforeStart: '{option} {value} is before the first month simulated, {start}: choose a month from {start} on, or an earlier --start',
      unknownFields: 'neither the unit nor the people table has a column {fields}: check the spelling',
      badCode: '--code must be letters, digits, - or _, at most 12 characters, not "{value}"',
      constraintsWithOptions: 'the --constraints file states the goals and constraints; drop {options}, or write them in the file',
      needsCoordinates: '--max-km needs --coordinates FIELD: the units\' column of coordinates ("lat, lon"), e.g. --coordinates "Tọa độ"',
      badMode: '--mode must be move, secondment or deputies, or several of them separated by commas; not "{value}"',
      unknownPeople: '--follow: no one in the people table has the ID or full name {people}',
      ambiguousName: '--follow: {count} people are named {name} ({ids}): give the person ID',
    } satisfies Record<UsageKey, string>,
    writeFaults: {
      diskFull: 'the disk is full. Free some space, or choose another folder',
      denied: 'you may not write there, or the file is open in Excel. Close it in Excel, or choose another folder',
      readOnly: 'the folder is read-only. Choose another folder',
      isFolder: 'that is a folder. Give the path of a file, such as results.xlsx',
      noFolder: 'its folder cannot be created. Check the path',
      busy: 'another program is using the file. Close it and run again',
      nameTooLong: 'the file name is too long. Choose a shorter one',
      tooManyFiles: 'the system has too many files open. Close some programs and run again',
      other: 'a file system error. Try again, or choose another folder',
    } satisfies Record<WriteFault, string>,
    writeFailed: (path: string, why: string, code: string | null) =>
      `Could not write ${path}: ${why}${code ? ` (${code})` : ''}. No file was replaced; any earlier file is intact.`,
    internal: 'A bug in the tool (not a problem of your data). Please send the message below to the developers; the input was not changed and no output was written.',
    sampleWritten: (out: string, units: string, people: string, scenarios: number) =>
      `Wrote the sample ${out}: ${units} units, ${people} people, ${scenarios} scenarios.`,
    validated: (tables: string, units: string, people: string, quota: string, warnings: string) =>
      `Tables: ${tables}. ${units} units, ${people} people, total quota ${quota}. Warnings: ${warnings}.`,
    kpiNote: 'Before the reform: as the tables are; the other columns: at the end of the horizon (events: total over it). Baseline: the default settings without any operation:',
    moreWarnings: (n: string) => `… and ${n} more warnings: run \`staffing-planner validate\` to list them all.`,
    blocking: (n: string) => `${n} error(s) in the tables must be fixed before scenarios can run.`,
    noScenarios: 'The workbook holds no scenarios: pass --scenarios <file.json>.',
    noScenariosDamaged: 'The scenarios stored in the workbook are damaged and cannot be used: pass --scenarios <file.json>.',
    badScenarios: (file: string) => `The scenario file ${file} has problems (above); nothing was run.`,
    badConstraints: (file: string) => `The goals and constraints file ${file} has problems (above); nothing was solved.`,
    unreadableConstraints: (file: string) => `The goals and constraints file ${file} is not UTF-8 text: use a .json file.`,
    unreadableScenarios: (file: string) => `The scenario file ${file} is not text (a workbook or an archive, perhaps): use a .json file exported by this tool.`,
    storeKept: {
      damaged: 'The scenarios stored in the workbook are damaged: they are carried over unchanged into the output, not overwritten, and these runs are not recorded there. Open the file with the add-in to see them and choose to replace them.',
      newer: 'The scenarios stored in the workbook were written by a newer version: they are carried over unchanged (read-only), and these runs are not recorded there.',
    },
    intoRefused: {
      damaged: 'The scenarios stored in the workbook are damaged, so the proposal cannot be added to them (--into); nothing was written. Open the file with the add-in to see them and choose to replace them, or run again without --into for the proposal file alone.',
      newer: 'The scenarios stored in the workbook were written by a newer version, so the proposal cannot be added to them (--into); nothing was written. Use the newer version, or run again without --into for the proposal file alone.',
    },
    storeCell: (place: string, text: string) =>
      `Where: cell ${place}, in the hidden sheet where this tool stores the scenarios, was changed or written in by hand (“${text}”). Undo that change or clear the cell, and save; until then scenarios are read only from --scenarios.`,
    foreignStore: (sheet: string) =>
      `The workbook has a sheet of yours named "${sheet}", the name this tool gives the sheet where it stores scenarios, so nothing was written rather than overwrite or hide it. Rename that sheet (right-click its tab → Rename; if it is hidden: Home → Format → Hide & Unhide → Unhide Sheet), save, and run again.`,
    sheetClash: (sheet: string, ofScenario: boolean) => `The workbook already has a sheet "${sheet}" that this tool did not write, so it is left alone: rename that sheet${ofScenario ? " or change the scenario's code" : ''}.`,
    cellFixes: (n: string) => `${n} cell(s) holding control characters or more than 32,767 characters were corrected when written:`,
    scenarioDone: (code: string, name: string, changed: string, exits: string, issues: string, errors: string) =>
      `${code} — ${name}: ${changed} people whose post changed, ${exits} exits under a policy; ${issues} issues (${errors} errors).`,
    written: (out: string, sheets: number, ms: string) => `Wrote ${sheets} sheets to ${out} (simulation ${ms} ms).`,
    followMarked: 'The people-followed sheet written earlier is marked as maybe out of date: add --follow to write it anew.',
    staleMarked: (code: string, reason: 'outOfDate' | 'edited') => `The sheets of scenario ${code} are out of date (${reason === 'edited' ? 'the scenario was edited after its run' : 'the tables changed after its run'}): the first line of each says so; run it again.`,
    jsonWritten: (out: string) => `Wrote the result JSON to ${out}.`,
    suggestWritten: (out: string, input: string) => `Wrote the proposed scenario to ${out}. Try it: staffing-planner simulate ${input} --scenarios ${out}`,
    solving: 'Solving…',
    suggestStored: (into: string, code: string) => `Wrote ${into}: a copy of the workbook with scenario ${code} added to its scenarios.`,
    help: (version: string) => `staffing-planner ${version} — staffing scenario planner

Usage:
  staffing-planner sample <out.xlsx> [--three-level] [--people N] [--seed N] [--start YYYY-MM] [--force]
      make the sample workbook (a synthetic province shaped like Hà Tĩnh, two-level: the province and its
      69 communes and wards) with example scenarios; --three-level: the province before 2025-07-01, with
      districts; --people N: about N people (at least the provincial bodies and one commune: about 1,400; three-level:
      about 700); an existing file is not overwritten without --force
  staffing-planner suggest <in.xlsx> [--mode move|secondment|deputies[,…]] [--by YYYY-MM] [--exit-years N] [--ignore-quota] [--coordinates FIELD] [--max-km N] [--constraints FILE] [--months N] [--units KIND,KIND] [--from-units …] [--to-units …] [--any-level] [--within FIELD] [--prefer FIELD] [--specialty FIELD] [--max-from-unit K]
                           [--min-months-left N] [--month YYYY-MM] [--code CODE] [--time-limit SECONDS] [--out proposal.json] [--into out.xlsx]
      the solver proposes moves from units over their quota to units short of it (--units: only units of these kinds;
      --within: never across this column, e.g. "Huyện cũ"; --prefer: preferably not across it; --specialty: people go
      preferably where no one has their value of this column; --mode secondment: seconds for --months months from
      the --from-units units, at most --max-from-unit each (2 by default), to the --to-units units short of people;
      --any-level: across levels, e.g. province to communes); --mode deputies: deputies within their caps (each unit's
      and the pooled averages) by --by (default the settings' deadline), by early retirement (at most --exit-years
      years from retirement, 10 by default) and moves as deputies to units of the same kind with room and free quota
      (--ignore-quota: free quota not needed); --coordinates: a column of coordinates ("lat, lon"), nearer units
      preferred; --max-km: none farther than N km (straight line); --mode deputies,move: goal after goal, each on the result of those
      before; --constraints FILE: the goals and constraints in a .json file (see docs/suggest.md) instead of the
      options; writes a scenario to review, edit and run; --into: also a copy of the workbook with the scenario added
  staffing-planner validate <in.xlsx> [--lang vi|en]
      check the unit and people tables; every problem with its sheet, row and column
  staffing-planner simulate <in.xlsx> [--scenarios s.json] [--out out.xlsx] [--json result.json] [--unit-series]
                            [--timeline auto|locality|parent] [--follow ID,ID] [--lang vi|en] [--start YYYY-MM] [--quiet]
      run the scenarios (stored in the workbook, or from --scenarios) and write the result sheets to a NEW
      file; every other part of the workbook is kept as it is. --timeline: month by month for every locality,
      by parent locality (each commune in its district), or chosen by the workbook's size (auto, the default).
      --follow: a sheet "People followed" says where those people (ID or full name) are, month by month, in each scenario
  staffing-planner compare <in.xlsx> [--codes A,B] [--scenarios s.json] [--follow ID,ID] [--out out.xlsx]
                           [--timeline auto|locality|parent] [--lang vi|en] [--start YYYY-MM]
      compare scenarios (--codes: only these, in any case) with the baseline

Every command: --lang vi|en (the language of messages and of the sheets written), --quiet (no progress), --help.
--start: the first month simulated, for scenarios that do not set their own start (default: this month).
Each command takes its own options only; an option of another command is refused.

The input is never changed. Outputs are written whole or not at all.

${EXIT_CODES_EN}`,
  },
} as const;

export type CliText = (typeof CLI_TEXT)[keyof typeof CLI_TEXT];
