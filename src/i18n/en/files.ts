import type { FileTexts } from '../../workbook/fileFaults';

/** English: why a file cannot be read as the planner's workbook, and what to do. */
export const FILE_TEXTS_EN: FileTexts = {
  faults: {
    empty: '{path} is empty (0 bytes): it holds no workbook. Choose the workbook file itself, or save the workbook again from Excel.',
    truncated: '{path} is cut short: its end is missing (an interrupted download or copy, or a full disk when it was saved). Copy or download it again, or open it in Excel and save it again.',
    legacyExcel: '{path} is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as "Excel Workbook (.xlsx)" (File → Save As), then use the .xlsx file.',
    encrypted: '{path} is protected by a password to open it, so its tables cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, leave it empty), save, and try again.',
    zipPassword: '{path} was given a password by a zip tool (not Excel\'s own protection), so it cannot be read. Use the original file without the password, or extract it with the password and use the .xlsx inside.',
    binaryExcel: '{path} is an Excel binary workbook (.xlsb). Open it in Excel and save it as "Excel Workbook (.xlsx)" (File → Save As), then use the .xlsx file.',
    openDocument: '{path} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc or Excel and save it as "Excel 2007-365 (.xlsx)", then use the .xlsx file.',
    wordDocument: '{path} is a Word document, not a workbook. Choose the Excel workbook (.xlsx) that holds the unit and people tables.',
    presentation: '{path} is a PowerPoint presentation, not a workbook. Choose the Excel workbook (.xlsx) that holds the unit and people tables.',
    otherZip: '{path} is a zip archive but not an Excel workbook. If the workbook is inside it, extract it first and use the .xlsx file.',
    csv: '{path} is a text file of comma- or semicolon-separated values (CSV), not a workbook. Open it in Excel, check the columns, and save it as "Excel Workbook (.xlsx)".',
    html: '{path} is a web page (HTML) named like a workbook, as some systems export "Excel" files. Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    xml2003: '{path} is an "XML Spreadsheet 2003" file. Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    pdf: '{path} is a PDF document, not a workbook. Use the Excel workbook (.xlsx) the tables were made in.',
    text: '{path} is a text file, not an Excel workbook. Choose the .xlsx workbook that holds the unit and people tables.',
    unknown: '{path} is not an Excel workbook (.xlsx). Choose the workbook that holds the unit and people tables, saved from Excel as "Excel Workbook (.xlsx)".',
    corruptPart: '{path} is damaged: its part {part} cannot be read. Open it in Excel (which offers to repair it) and save it again, or use an earlier copy.',
    missingPart: '{path} is damaged: its part {part} is missing. Open it in Excel (which offers to repair it) and save it again, or use an earlier copy.',
    tooLarge: '{path} was not read: {limit}. No workbook of a province comes near this, so the file is probably damaged or not what it seems; open it in Excel and save it again, or use an earlier copy.',
    duplicateSheetNames: '{path} has two sheets named "{first}" and "{second}", which differ only by upper and lower case; Excel never writes such a file. Open it in LibreOffice Calc, rename or delete one of them, save, and try again.',
  },
  limits: {
    file: 'the file is larger than {max} bytes',
    parts: 'the package has more than {max} parts',
    total: 'its parts would take more than {max} bytes once uncompressed',
    part: 'its part {part} would take more than {max} bytes once uncompressed',
    text: 'its part {part} holds a text or a tag longer than {max} characters (an Excel cell holds at most 32,767)',
  },
};
