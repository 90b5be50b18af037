/**
 * The "Cấu hình" tab: the settings as label/value rows, then the table of divisions.
 * Rows are found by their label in column A, so the Office may insert rows or notes freely.
 * Reading validates everything and names the cell of each problem; nothing is guessed.
 */
import { Grid, a1, cellAt, cellText, isBlank } from './grid';
import { readDate, formatDate } from './dates';
import { Division, DocumentDetails, Settings } from './settings';
import { documentLineText, readDocumentLine } from './summary/documents';
import { sameText, textKey } from './text';
import { readReminderValue } from './reminders/settingValues';
import type { Shell } from './shell';
import { ARCHIVE_TAB_PREFIX, OFFICE_TABS, OFFICE_TAB_NAMES } from './officeTabs';
import { periodProblems } from './periods/settingsCheck';

export const SETTINGS_TAB: string = OFFICE_TABS.settings;
export const DIVISIONS_HEADER = ['Tên phòng, đơn vị', 'Tên tab', 'E-mail người nhập (cách nhau bởi dấu phẩy)'];

type FieldKind = 'year' | 'text' | 'optionalText' | 'date' | 'optionalDate' | 'list' | 'documents' | 'emails' | 'yesNo' | 'dayCounts' | 'hour' | 'dates';

type FieldValue = string | number | boolean | string[] | number[];

interface Field {
  label: string;
  kind: FieldKind;
  /** The hint in column C, as the program the tab is drawn for needs it. */
  note: Record<Shell, string>;
  /** Where the value lives in Settings (and in a settings .json file): "period.year". */
  path: string;
  /** A row added in a later version: a tab without it takes the default, and setup adds the row. */
  addedLater?: boolean;
  get(s: Settings): FieldValue;
  set(s: Settings, v: FieldValue): void;
}

/** A hint that only means something in the Google Sheet (access, comments): the .xlsx says so instead. */
function googleOnly(sheets: string, excel: string): Record<Shell, string> {
  return { googleSheets: sheets, excel };
}

/** A settings row: its label in the tab, what it holds, a hint (one text, or one per program), and its path in Settings. */
function field(label: string, kind: FieldKind, hint: string | Record<Shell, string>, path: string, addedLater = false): Field {
  const note = typeof hint === 'string' ? { googleSheets: hint, excel: hint } : hint;
  const keys = path.split('.');
  const parent = (s: Settings) => keys.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, s as unknown as Record<string, unknown>);
  const last = keys[keys.length - 1];
  return { label, kind, note, path, addedLater, get: (s) => parent(s)[last] as FieldValue, set: (s, v) => (parent(s)[last] = v) };
}

/**
 * A row of official documents, one a line ("1400/QĐ-UBND | 15/03/2024 | UBND tỉnh"): the symbols go to `path`
 * (the drop-down lists of the form), their kind, date and issuer to Settings.documents.
 */
function documentsField(label: string, hint: string, path: 'taskDocuments' | 'targetDocuments'): Field {
  return {
    label,
    kind: 'documents',
    note: { googleSheets: hint, excel: hint },
    path,
    get: (s) => s[path].map((symbol) => documentLineText(symbol, (s.documents ?? {})[symbol])),
    set: (s, v) => {
      const lines = (v as string[]).map((text) => readDocumentLine(text)).flatMap((r) => (r.ok ? [r.line] : []));
      s[path] = lines.map((l) => l.symbol);
      s.documents = { ...(s.documents ?? {}) };
      for (const l of lines) s.documents[l.symbol] = l.details as DocumentDetails;
    },
  };
}

const DOCUMENT_LINE_HINT =
  'Mỗi văn bản một dòng (Alt+Enter để xuống dòng trong ô): số, ký hiệu | ngày ban hành | cơ quan ban hành, ví dụ 1400/QĐ-UBND | 15/03/2024 | UBND tỉnh. Loại văn bản suy ra từ ký hiệu (QĐ: Quyết định, NQ: Nghị quyết, KH: Kế hoạch…); muốn ghi loại khác thì viết trước số, ví dụ Công văn 3148/UBND-TH. Thiếu ngày hoặc cơ quan: báo cáo chỉ ghi loại và số văn bản.';

const REMINDERS_ONLY_ON_GOOGLE = 'Chỉ dùng trên Google Trang tính (thư nhắc hạn); tệp Excel không dùng.';

/** The rows of deadline reminders (menu Bật nhắc hạn): when the daily run e-mails divisions that are not done. */
const REMINDER_FIELDS: Field[] = [
  field(
    'Nhắc hạn: số ngày trước hạn',
    'dayCounts',
    googleOnly('Gửi thư nhắc bao nhiêu ngày trước hạn nộp, cách nhau bởi dấu phẩy, ví dụ 3, 1 (0: nhắc cả vào ngày hạn nộp). Ngày rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ thì không gửi.', REMINDERS_ONLY_ON_GOOGLE),
    'reminders.daysBefore',
    true,
  ),
  field('Nhắc hạn: sau hạn', 'yesNo', googleOnly('Có: sau hạn nộp, mỗi ngày làm việc nhắc các phòng, đơn vị chưa nộp; Không: không nhắc sau hạn.', REMINDERS_ONLY_ON_GOOGLE), 'reminders.afterDeadline', true),
  field(
    'Nhắc hạn: giờ gửi',
    'hour',
    googleOnly('Giờ gửi thư mỗi ngày, ví dụ 8:00 (Google chọn một lúc trong giờ đó, từ 8:00 đến 9:00). Sau khi sửa, chạy lại menu Bật nhắc hạn.', REMINDERS_ONLY_ON_GOOGLE),
    'reminders.hour',
    true,
  ),
  field(
    'Ngày nghỉ lễ',
    'dates',
    googleOnly('Các ngày nghỉ lễ, Tết trong năm, mỗi ngày một dòng hoặc cách nhau bởi dấu phẩy, ví dụ 30/04/2024, 01/05/2024: không gửi thư nhắc vào những ngày này.', REMINDERS_ONLY_ON_GOOGLE),
    'reminders.holidays',
    true,
  ),
  field(
    'E-mail Văn phòng nhận bản tổng hợp nhắc hạn',
    'emails',
    googleOnly('Người nhận bản tổng hợp mỗi lần nhắc hạn (đơn vị nào được nhắc, đơn vị nào không và vì sao); để trống: E-mail Văn phòng Sở.', REMINDERS_ONLY_ON_GOOGLE),
    'reminders.digestEmails',
    true,
  ),
];

/** The settings rows, in the order they are first written. */
export const SETTINGS_FIELDS: Field[] = [
  field('Năm báo cáo', 'year', 'Năm của kỳ báo cáo, ví dụ 2024.', 'period.year'),
  field('Kỳ báo cáo', 'text', 'Ví dụ: 6 tháng đầu năm; 9 tháng đầu năm; cả năm.', 'period.periodLabel'),
  field('Năm so sánh', 'year', 'Năm trước, để so sánh kết quả.', 'period.prevYear'),
  field('Năm kế hoạch', 'year', 'Năm xây dựng kế hoạch.', 'period.planYear'),
  field('Giai đoạn 5 năm: năm đầu', 'year', '', 'period.fiveYearStart'),
  field('Giai đoạn 5 năm: năm cuối', 'year', '', 'period.fiveYearEnd'),
  field('Hạn nộp', 'date', 'Ngày/tháng/năm, ví dụ 28/06/2024.', 'period.deadline'),
  field('Số liệu từ ngày', 'optionalDate', 'Ngày đầu của số liệu báo cáo. Để trống: theo Nghị định 09/2019/NĐ-CP (kỳ 6 tháng, 9 tháng, cả năm: từ 15/12 năm trước).', 'period.dataFrom', true),
  field('Số liệu đến ngày', 'optionalDate', 'Ngày cuối của số liệu báo cáo. Để trống: theo Nghị định 09/2019/NĐ-CP (6 tháng: 14/6; 9 tháng: 14/9; cả năm: 14/12; quý: ngày 14 tháng cuối quý).', 'period.dataTo', true),
  field('Trích yếu báo cáo', 'text', 'Dòng trích yếu dưới chữ BÁO CÁO. {periodYear} được thay bằng kỳ và năm báo cáo (ví dụ «6 tháng đầu năm 2024»), {year} bằng năm báo cáo, {planYear} bằng năm kế hoạch.', 'subject'),
  field(
    'Căn cứ (văn bản yêu cầu)',
    'list',
    'Mỗi văn bản một dòng (Alt+Enter để xuống dòng trong ô): số, ký hiệu | ngày ban hành | cơ quan ban hành | trích yếu, ví dụ 3148/UBND-TH | 14/06/2024 | UBND tỉnh | về việc xây dựng kế hoạch… Dòng không có dấu | được chép nguyên văn vào báo cáo.',
    'basis',
  ),
  documentsField('Văn bản giao nhiệm vụ', `${DOCUMENT_LINE_HINT} Số, ký hiệu là danh sách chọn ở mục IV.`, 'taskDocuments'),
  documentsField('Văn bản đề ra mục tiêu 5 năm', `${DOCUMENT_LINE_HINT} Số, ký hiệu là danh sách chọn ở mục VI.`, 'targetDocuments'),
  field('Cơ quan chủ quản', 'text', 'Viết hoa, ví dụ UBND TỈNH BẮC GIANG.', 'letterhead.parentAgency'),
  field('Cơ quan ban hành', 'text', 'Viết hoa, ví dụ SỞ KHOA HỌC VÀ CÔNG NGHỆ.', 'letterhead.agency'),
  field('Ký hiệu cơ quan', 'text', 'Ví dụ SKHCN (số hiệu văn bản: …/BC-SKHCN).', 'letterhead.agencySymbol'),
  field('Số văn bản', 'optionalText', 'Để trống nếu văn thư cấp số sau.', 'letterhead.documentNumber'),
  field('Địa danh', 'text', 'Ví dụ Bắc Giang.', 'letterhead.place'),
  field('Thẩm quyền ký', 'text', 'Ví dụ KT. GIÁM ĐỐC.', 'letterhead.signerAuthority'),
  field('Chức vụ người ký', 'text', 'Ví dụ PHÓ GIÁM ĐỐC.', 'letterhead.signerTitle'),
  field('Người ký', 'text', '', 'letterhead.signerName'),
  field('Nơi nhận', 'list', 'Mỗi nơi nhận một dòng; dòng «Lưu: VT, VP» đặt cuối.', 'letterhead.recipients'),
  field('Ngày báo cáo', 'optionalDate', 'Ngày ghi ở dòng địa danh, ngày tháng của báo cáo, ví dụ 28/06/2024. Để trống: ngày lập báo cáo tổng hợp.', 'letterhead.reportDate', true),
  field('Câu kết báo cáo', 'text', 'Câu cuối trước Nơi nhận; {subject} được thay bằng trích yếu báo cáo.', 'closingSentence', true),
  field(
    'E-mail Văn phòng Sở',
    'emails',
    googleOnly('Người được sửa mọi tab và chạy Tổng hợp; cách nhau bởi dấu phẩy.', 'Chỉ dùng trên Google Trang tính (người được sửa mọi tab và chạy Tổng hợp); tệp Excel không dùng. Cách nhau bởi dấu phẩy.'),
    'officeEmails',
  ),
  field('Đưa phòng, đơn vị chưa đủ vào báo cáo', 'yesNo', 'Có: báo cáo tổng hợp gồm cả phòng, đơn vị chưa nhập đủ (có ghi chú); Không: chỉ các phòng, đơn vị đã đủ.', 'includeIncomplete', true),
  field(
    'E-mail lãnh đạo Sở',
    'emails',
    googleOnly('Được quyền nhận xét (comment) trên văn bản tổng hợp.', 'Chỉ dùng trên Google Tài liệu (quyền nhận xét văn bản tổng hợp); báo cáo .docx không dùng.'),
    'leadershipEmails',
  ),
  field(
    'Lưu kèm tệp Word (.docx)',
    'yesNo',
    googleOnly('Có: mỗi lần Tổng hợp lưu thêm tệp .docx cạnh văn bản Google Docs (để gửi đi dạng Word); Không: chỉ văn bản Google Docs.', 'Chỉ dùng trên Google Tài liệu; dòng lệnh luôn ghi tệp .docx.'),
    'keepDocx',
    true,
  ),
  ...REMINDER_FIELDS,
];

/** A problem in the settings, named by its cell. */
export interface SettingsProblem {
  cell: string;
  message: string;
}

/** `missingRows`: rows added in a later version that this tab does not have yet (their defaults were used). */
export type SettingsReading = { ok: true; settings: Settings; missingRows: (string | number)[][] } | { ok: false; problems: SettingsProblem[] };

function show(value: FieldValue, kind: FieldKind): string | number {
  if (kind === 'dates') return (value as string[]).map(formatDate).join(', ');
  if (Array.isArray(value)) return value.join(kind === 'emails' || kind === 'dayCounts' ? ', ' : '\n');
  if (kind === 'date' || (kind === 'optionalDate' && value)) return formatDate(String(value));
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (kind === 'hour') return `${value}:00`;
  return value;
}

function settingsRow(f: Field, settings: Settings, shell: Shell = 'googleSheets'): (string | number)[] {
  return [f.label, show(f.get(settings), f.kind), f.note[shell]];
}

/** The settings rows of the reporting period (label and value as the tab shows them): "Sang kỳ báo cáo mới" writes them. */
export function periodSettingsRows(settings: Settings): { label: string; value: string | number }[] {
  return SETTINGS_FIELDS.filter((f) => f.path.startsWith('period.')).map((f) => {
    const value = show(f.get(settings) ?? '', f.kind);
    return { label: f.label, value: typeof value === 'number' ? value : String(value) };
  });
}

/** What the Office does after changing the settings: run the add-on's menu, or write the form again from this file. */
const AFTER_EDITING: Record<Shell, string> = {
  googleSheets: 'Văn phòng Sở điền cột B. Sau khi sửa, chạy menu Báo cáo KT-XH → Thiết lập / cập nhật biểu mẫu.',
  excel: 'Văn phòng Sở điền cột B. Sửa ở đây không tự đổi các trang tính của phòng, đơn vị: sau khi sửa, lưu tệp rồi ghi lại biểu mẫu bằng lệnh ' + '«bao-cao-ktxh bieu-mau --settings <tệp này> -o <tệp mới>».',
};

/** The rows of a new settings tab: title, hint, label/value/note rows, then the divisions table. */
export function settingsTabRows(settings: Settings, shell: Shell = 'googleSheets'): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['CẤU HÌNH BÁO CÁO KINH TẾ - XÃ HỘI', '', ''],
    [AFTER_EDITING[shell], '', ''],
    ['Nội dung', 'Giá trị', 'Hướng dẫn'],
  ];
  for (const f of SETTINGS_FIELDS) rows.push(settingsRow(f, settings, shell));
  rows.push(['', '', '']);
  rows.push([...DIVISIONS_HEADER]);
  for (const d of settings.divisions) rows.push([d.name, d.tabName, d.emails.join(', ')]);
  return rows;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Characters Google Sheets refuses in a tab name, and names it keeps for itself. */
const TAB_NAME_FORBIDDEN = /[\\/?*[\]:']/;

export function tabNameProblem(name: string): string | null {
  if (name.length > 100) return `Tên tab «${name}» dài quá 100 ký tự.`;
  if (TAB_NAME_FORBIDDEN.test(name)) return `Tên tab «${name}» có ký tự không được dùng (\\ / ? * [ ] : ').`;
  if (name.trim() !== name) return `Tên tab «${name}» có dấu cách ở đầu hoặc cuối.`;
  return null;
}

/** A list typed in one cell: an item a line (or separated by ";"), leading dashes and trailing ";" or "." dropped. */
function splitList(text: string, separator: RegExp = /\n|;/): string[] {
  return text
    .split(separator)
    .map((s) =>
      s
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.]$/, '')
        .trim(),
    )
    .filter((s) => s !== '');
}

/** Problems of document lines, each naming the cell and the line; returns how many. */
function documentLineProblems(lines: string[], where: string, label: string, problems: SettingsProblem[]): number {
  let count = 0;
  lines.forEach((line, i) => {
    const reading = readDocumentLine(line);
    if (reading.ok) return;
    count++;
    problems.push({ cell: where, message: `${where} («${label}»), dòng ${i + 1}: ${reading.message}.` });
  });
  return count;
}

function splitEmails(text: string): string[] {
  return text
    .split(/[,;\n\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}

/** Reads the settings tab. `sheetName` prefixes cells in messages ("Cấu hình!B5"). */
export function readSettingsTab(grid: Grid, base: Settings, sheetName = SETTINGS_TAB): SettingsReading {
  const settings: Settings = JSON.parse(JSON.stringify(base));
  const problems: SettingsProblem[] = [];
  const missingRows: (string | number)[][] = [];
  const cell = (r: number, c: number) => `${sheetName}!${a1(r + 1, c + 1)}`;
  const labelRow = new Map<string, number>();
  for (let r = 0; r < grid.length; r++) {
    const label = textKey(cellText(cellAt(grid, r, 0)));
    if (label && !labelRow.has(label)) labelRow.set(label, r);
  }
  for (const f of SETTINGS_FIELDS) {
    const r = labelRow.get(textKey(f.label));
    if (r === undefined && f.addedLater) {
      missingRows.push(settingsRow(f, settings));
      continue;
    }
    if (r === undefined) {
      problems.push({ cell: `${sheetName}!A`, message: `Thiếu dòng «${f.label}» ở cột A của tab ${sheetName}. Thêm lại dòng này (nhãn ở cột A, giá trị ở cột B).` });
      continue;
    }
    const raw = cellAt(grid, r, 1);
    const text = cellText(raw);
    const where = cell(r, 1);
    switch (f.kind) {
      case 'year': {
        const n = typeof raw === 'number' ? raw : /^\d{4}$/.test(text) ? Number(text) : NaN;
        if (!Number.isInteger(n) || n < 2000 || n > 2100) problems.push({ cell: where, message: `${where} («${f.label}»): «${text}» không phải là một năm. Nhập năm gồm 4 chữ số, ví dụ 2024.` });
        else f.set(settings, n);
        break;
      }
      case 'date': {
        const reading = readDate(raw);
        if (reading.kind !== 'date') problems.push({ cell: where, message: `${where} («${f.label}»): «${text}» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 28/06/2024.` });
        else f.set(settings, reading.iso);
        break;
      }
      case 'optionalDate': {
        const reading = readDate(raw);
        if (reading.kind === 'invalid') problems.push({ cell: where, message: `${where} («${f.label}»): «${text}» không phải là ngày. Nhập ngày/tháng/năm, ví dụ 28/06/2024, hoặc để trống.` });
        else f.set(settings, reading.kind === 'date' ? reading.iso : '');
        break;
      }
      case 'text':
        if (text === '') problems.push({ cell: where, message: `${where} («${f.label}») đang để trống.` });
        else f.set(settings, text);
        break;
      case 'optionalText':
        f.set(settings, text);
        break;
      case 'list': {
        const list = splitList(text);
        if (list.length === 0 && f.label !== 'Căn cứ (văn bản yêu cầu)') problems.push({ cell: where, message: `${where} («${f.label}») đang để trống: cần ít nhất một dòng.` });
        else {
          if (f.path === 'basis')
            documentLineProblems(
              list.filter((line) => line.includes('|')),
              where,
              f.label,
              problems,
            );
          f.set(settings, list);
        }
        break;
      }
      case 'documents': {
        // One document a line (a line holds "|"-separated fields, so only line breaks separate documents).
        const lines = splitList(text, /\n/);
        if (lines.length === 0) problems.push({ cell: where, message: `${where} («${f.label}») đang để trống: cần ít nhất một dòng.` });
        else if (documentLineProblems(lines, where, f.label, problems) === 0) f.set(settings, lines);
        break;
      }
      case 'yesNo': {
        const answer = text.toLocaleLowerCase('vi');
        if (['có', 'co', 'x', 'yes', 'true'].includes(answer)) f.set(settings, true);
        else if (['không', 'khong', 'no', 'false'].includes(answer)) f.set(settings, false);
        else problems.push({ cell: where, message: `${where} («${f.label}»): «${text}» — ghi Có hoặc Không.` });
        break;
      }
      case 'dayCounts':
      case 'hour':
      case 'dates': {
        const reading = readReminderValue(f.kind, raw, where, f.label);
        if (reading.ok) f.set(settings, reading.value);
        else problems.push({ cell: where, message: reading.message });
        break;
      }
      case 'emails': {
        const emails = splitEmails(text);
        const bad = emails.filter((e) => !EMAIL.test(e));
        if (bad.length) problems.push({ cell: where, message: `${where} («${f.label}»): «${bad.join(', ')}» không phải là địa chỉ e-mail.` });
        else f.set(settings, emails);
        break;
      }
    }
  }
  settings.divisions = readDivisions(grid, sheetName, problems);
  if (problems.length === 0) {
    const p = settings.period;
    const endRow = labelRow.get('giai đoạn 5 năm: năm cuối');
    if (p.fiveYearEnd < p.fiveYearStart) problems.push({ cell: cell(endRow ?? 0, 1), message: `${cell(endRow ?? 0, 1)}: năm cuối giai đoạn phải sau năm đầu.` });
    problems.push(...periodProblems(p, (label) => cell(labelRow.get(textKey(label)) ?? 0, 1)));
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings, missingRows };
}

function readDivisions(grid: Grid, sheetName: string, problems: SettingsProblem[]): Division[] {
  const cell = (r: number, c: number) => `${sheetName}!${a1(r + 1, c + 1)}`;
  const headerIndex = grid.findIndex((row) => sameText(cellText(row[0]), DIVISIONS_HEADER[0]));
  if (headerIndex < 0) {
    problems.push({ cell: `${sheetName}!A`, message: `Không tìm thấy bảng phòng, đơn vị: cần một dòng có «${DIVISIONS_HEADER[0]}» ở cột A, bên dưới là mỗi phòng, đơn vị một dòng.` });
    return [];
  }
  const divisions: Division[] = [];
  const names = new Map<string, string>();
  const tabs = new Map<string, string>();
  for (let r = headerIndex + 1; r < grid.length; r++) {
    const row = grid[r] || [];
    if ([0, 1, 2].every((c) => isBlank(row[c]))) continue;
    const name = cellText(row[0]);
    const tabName = cellText(row[1]) || name;
    const emails = splitEmails(cellText(row[2]));
    if (name === '') {
      problems.push({ cell: cell(r, 0), message: `${cell(r, 0)}: tên phòng, đơn vị đang để trống (dòng này có tên tab hoặc e-mail).` });
      continue;
    }
    const nameKey = textKey(name);
    if (names.has(nameKey)) problems.push({ cell: cell(r, 0), message: `${cell(r, 0)}: «${name}» trùng với ${names.get(nameKey)}.` });
    names.set(nameKey, cell(r, 0));
    const tabProblem = tabNameProblem(tabName);
    if (tabProblem) problems.push({ cell: cell(r, 1), message: `${cell(r, 1)}: ${tabProblem}` });
    const tabKey = textKey(tabName);
    const officeTab = OFFICE_TAB_NAMES.find((t) => textKey(t) === tabKey) ?? (tabKey.startsWith(textKey(ARCHIVE_TAB_PREFIX)) ? `${ARCHIVE_TAB_PREFIX}…` : undefined);
    if (officeTab !== undefined || tabs.has(tabKey)) {
      const other = tabs.get(tabKey) ?? `tab ${officeTab} của Văn phòng`;
      problems.push({ cell: cell(r, 1), message: `${cell(r, 1)}: tên tab «${tabName}» trùng với ${other}. Mỗi phòng, đơn vị cần một tên tab riêng.` });
    }
    tabs.set(tabKey, cell(r, 1));
    const bad = emails.filter((e) => !EMAIL.test(e));
    if (bad.length) problems.push({ cell: cell(r, 2), message: `${cell(r, 2)}: «${bad.join(', ')}» không phải là địa chỉ e-mail.` });
    divisions.push({ name, tabName, emails });
  }
  if (divisions.length === 0 && problems.length === 0) problems.push({ cell: cell(headerIndex + 1, 0), message: `${cell(headerIndex + 1, 0)}: chưa có phòng, đơn vị nào trong bảng.` });
  return divisions;
}
