/**
 * A closed period as one archive tab: what it was (its id and its settings), every division's tab exactly as it
 * stood (values and number formats, stacked, each row with its division and its row in the tab), the divisions'
 * statuses and submissions, and the report versions built in it. One tab per period: 30 divisions × 10 years ×
 * 3 periods is 30 hidden tabs of about 30 × 80 rows × 12 columns (29 000 cells each, under 1 million cells in all,
 * a tenth of Sheets' 10-million-cell limit). Pure: the Apps Script shell writes the rows and reads them back.
 */
import type { CellValue, Grid } from '../grid';
import { ARCHIVE_TAB_PREFIX } from '../officeTabs';
import { cellText } from '../grid';
import { periodOfYear, upper } from '../form';
import type { Division, Settings } from '../settings';
import { AUTOMATIC_FORMAT } from '../tabLayout';

export interface ArchivedDivision {
  division: Division;
  statusLabel: string;
  submittedAt: string | null;
  submittedBy: string | null;
  lastEditedAt: string | null;
  /** The tab's values as stored, and their number formats (same shape); empty when the division had no tab. */
  grid: Grid;
  formats: string[][];
}

export interface ArchivedVersion {
  version: number | string;
  /** As the log shows it. */
  time: CellValue;
  by: string;
  name: string;
  url: string;
  complete: string;
  pdf: string;
}

export interface PeriodArchive {
  periodId: string;
  settings: Settings;
  /** ISO local date-time. */
  archivedAt: string;
  archivedBy: string;
  divisions: ArchivedDivision[];
  versions: ArchivedVersion[];
}

export { ARCHIVE_TAB_PREFIX };
const PERIOD_ID = 'Mã kỳ';
const SETTINGS = 'Cấu hình của kỳ';
const COUNTS = 'Số phòng, đơn vị';
const DIVISIONS_HEADER = ['Phòng, đơn vị', 'Tên tab', 'Trạng thái', 'Nộp lúc', 'Người nộp', 'Sửa lần cuối', 'Số dòng'];
const VERSIONS_HEADER = ['Bản', 'Thời gian', 'Người tổng hợp', 'Văn bản', 'Đường dẫn', 'Số phòng, đơn vị đã đủ', 'Bản PDF để ký'];
const RECORDS_HEADER = ['Phòng, đơn vị', 'Dòng trong tab'];
/** Columns before a tab's own cells in a record row. */
export const RECORD_PREFIX = RECORDS_HEADER.length;
const MIN_WIDTH = Math.max(DIVISIONS_HEADER.length, VERSIONS_HEADER.length, 10);

export function archiveTabName(settings: Settings): string {
  return `${ARCHIVE_TAB_PREFIX}${periodOfYear(settings.period.periodLabel, settings.period.year)}`;
}

export interface ArchiveCells {
  values: CellValue[][];
  formats: string[][];
  /** 0-based row of the first record row. */
  firstRecordRow: number;
}

function pad(row: CellValue[], width: number): CellValue[] {
  return [...row, ...Array(Math.max(0, width - row.length)).fill('')].slice(0, width);
}

/** The archive tab's cells: every row as wide as the widest division tab plus the record columns. */
export function archiveCells(a: PeriodArchive): ArchiveCells {
  const tabWidth = Math.max(0, ...a.divisions.flatMap((d) => d.grid.map((r) => r.length)));
  const width = Math.max(MIN_WIDTH, tabWidth + RECORD_PREFIX);
  const records = a.divisions.reduce((n, d) => n + d.grid.length, 0);
  const meta: CellValue[][] = [
    [upper(`Lưu trữ kỳ báo cáo ${periodOfYear(a.settings.period.periodLabel, a.settings.period.year)}`) + ' (chỉ xem, không sửa)'],
    [PERIOD_ID, a.periodId, 'Lưu lúc', a.archivedAt, 'Người chuyển kỳ', a.archivedBy],
    [SETTINGS, JSON.stringify(a.settings)],
    [COUNTS, a.divisions.length, 'Số bản tổng hợp', a.versions.length, 'Số dòng số liệu', records],
    [],
    DIVISIONS_HEADER,
    ...a.divisions.map((d) => [d.division.name, d.division.tabName, d.statusLabel, d.submittedAt ?? '', d.submittedBy ?? '', d.lastEditedAt ?? '', d.grid.length]),
    [],
    VERSIONS_HEADER,
    ...a.versions.map((v) => [v.version, v.time, v.by, v.name, v.url, v.complete, v.pdf]),
    [],
    [...RECORDS_HEADER, 'Nội dung tab, từ cột A →'],
  ];
  const values = meta.map((r) => pad(r, width));
  const formats = values.map(() => Array(width).fill(AUTOMATIC_FORMAT) as string[]);
  const firstRecordRow = values.length;
  for (const d of a.divisions) {
    d.grid.forEach((row, r) => {
      values.push(pad([d.division.name, r + 1, ...row], width));
      formats.push(pad([AUTOMATIC_FORMAT, AUTOMATIC_FORMAT, ...row.map((_, c) => d.formats[r]?.[c] || AUTOMATIC_FORMAT)], width).map((f) => (f === '' ? AUTOMATIC_FORMAT : String(f))));
    });
  }
  return { values, formats, firstRecordRow };
}

export type ArchiveReading = { ok: true; archive: PeriodArchive } | { ok: false; problem: string };

function text(v: CellValue): string {
  return v === null || v === undefined ? '' : typeof v === 'string' ? v : cellText(v);
}

/** Reads an archive tab back; the tab's name goes into the message when it is not one. */
export function readArchiveCells(values: Grid, formats: string[][], tabName: string): ArchiveReading {
  const broken = (why: string): ArchiveReading => ({ ok: false, problem: `Tab lưu trữ «${tabName}» không đọc được (${why}). Tab này không được sửa; khôi phục bằng Tệp → Nhật ký phiên bản.` });
  if (text(values[1]?.[0]) !== PERIOD_ID || text(values[2]?.[0]) !== SETTINGS || text(values[3]?.[0]) !== COUNTS) return broken('thiếu dòng mã kỳ, cấu hình hoặc số dòng');
  let settings: Settings;
  try {
    settings = JSON.parse(text(values[2][1])) as Settings;
  } catch (_e) {
    return broken('cấu hình của kỳ hỏng');
  }
  const [divisionCount, versionCount, recordCount] = [values[3][1], values[3][3], values[3][5]].map(Number);
  if (![divisionCount, versionCount, recordCount].every((n) => Number.isInteger(n) && n >= 0)) return broken('số dòng hỏng');
  const divisionsAt = 6;
  const versionsAt = divisionsAt + divisionCount + 2;
  const recordsAt = versionsAt + versionCount + 2;
  const byName = new Map(settings.divisions.map((d) => [d.name, d] as const));
  const divisions: ArchivedDivision[] = [];
  let r = recordsAt;
  for (let i = 0; i < divisionCount; i++) {
    const row = values[divisionsAt + i] || [];
    const name = text(row[0]);
    const rows = Number(row[6]);
    const grid: Grid = [];
    const cellFormats: string[][] = [];
    for (let k = 0; k < rows; k++, r++) {
      const record = values[r] || [];
      if (text(record[0]) !== name || Number(record[1]) !== k + 1) return broken(`dòng ${r + 1} không phải dòng ${k + 1} của ${name}`);
      grid.push(record.slice(RECORD_PREFIX));
      cellFormats.push((formats[r] || []).slice(RECORD_PREFIX));
    }
    divisions.push({
      division: byName.get(name) ?? { name, tabName: text(row[1]), emails: [] },
      statusLabel: text(row[2]),
      submittedAt: text(row[3]) || null,
      submittedBy: text(row[4]) || null,
      lastEditedAt: text(row[5]) || null,
      grid: trimGrid(grid),
      formats: cellFormats,
    });
  }
  if (r - recordsAt !== recordCount) return broken('số dòng số liệu không khớp');
  const versions: ArchivedVersion[] = [];
  for (let i = 0; i < versionCount; i++) {
    const row = values[versionsAt + i] || [];
    versions.push({ version: typeof row[0] === 'number' ? row[0] : text(row[0]), time: row[1], by: text(row[2]), name: text(row[3]), url: text(row[4]), complete: text(row[5]), pdf: text(row[6]) });
  }
  return { ok: true, archive: { periodId: text(values[1][1]), settings, archivedAt: text(values[1][3]), archivedBy: text(values[1][5]), divisions, versions } };
}

/** Record rows are as wide as the archive: the columns past the tab's own are blank. */
function trimGrid(grid: Grid): Grid {
  let width = 0;
  for (const row of grid) for (let c = row.length - 1; c >= width; c--) if (row[c] !== '' && row[c] !== null && row[c] !== undefined) width = c + 1;
  return grid.map((row) => row.slice(0, width));
}
