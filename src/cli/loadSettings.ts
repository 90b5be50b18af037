/**
 * The settings of a run: a JSON file shaped like sheets-templates/settings.json, or a workbook with a
 * "Cấu hình" sheet. Both are validated by the core's reading of the settings tab, so the rules are the core's.
 */
import { promises as fs } from 'fs';
import { Grid, a1, cellAt, cellText } from '../core/grid';
import { Settings, defaultSettings } from '../core/settings';
import { SETTINGS_FIELDS, SETTINGS_TAB, readSettingsTab, settingsTabRows } from '../core/settingsTab';
import { nameKey } from './names';
import type { Notice } from './notices';
import { displayPath } from './paths';
import { WorkbookFile, readWorkbookFile } from './readWorkbook';

/** `defaulted`: labels of settings rows a "Cấu hình" sheet from an earlier version lacks, whose defaults were used. */
export type SettingsLoad = { ok: true; settings: Settings; defaulted?: string[] } | { ok: false; problems: Notice[] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys and kinds of value the file may hold: those of the default settings. Scalars are checked by the core. */
function shapeProblems(value: Json, model: unknown, at: string, out: string[]): void {
  if (Array.isArray(model)) {
    if (typeof value === 'string' && !isObject(model[0])) return; // a list may be written as one text, lines split as in the tab
    if (!Array.isArray(value)) {
      out.push(`"${at}" phải là một danh sách [ … ].`);
      return;
    }
    value.forEach((item, i) => {
      if (isObject(model[0])) shapeProblems(item, model[0], `${at}[${i}]`, out);
      else if (typeof model[0] === 'number') {
        // A list of numbers (the days before the deadline a reminder goes out).
        if (typeof item !== 'number') out.push(`"${at}[${i}]" phải là một số.`);
      } else if (typeof item !== 'string') out.push(`"${at}[${i}]" phải là một chuỗi "…".`);
    });
    return;
  }
  if (isObject(model)) {
    if (!isObject(value)) {
      out.push(`"${at}" phải là một đối tượng { … }.`);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const path = at ? `${at}.${key}` : key;
      if (!(key in model)) out.push(`Khóa "${path}" không có trong cấu hình (xem mẫu sheets-templates/settings.json); kiểm tra lại chính tả.`);
      else shapeProblems(child, (model as Record<string, unknown>)[key], path, out);
    }
    return;
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') out.push(`"${at}" phải là một số, một chuỗi hoặc true/false.`);
}

/** Missing keys keep their default: a file may hold only what differs. */
function merged(defaults: Settings, json: Record<string, Json>): Settings {
  const out = JSON.parse(JSON.stringify(defaults)) as Record<string, unknown>;
  for (const [key, value] of Object.entries(json)) {
    out[key] = isObject(value) && isObject(out[key]) ? { ...(out[key] as object), ...value } : value;
  }
  if (Array.isArray(json.divisions)) {
    out.divisions = json.divisions.map((d) => {
      const o = isObject(d) ? d : {};
      const emails = o.emails ?? [];
      return { name: String(o.name ?? ''), tabName: String(o.tabName ?? ''), emails: Array.isArray(emails) ? emails : [String(emails)] };
    });
  }
  return out as unknown as Settings;
}

export function settingsFromJson(text: string, file: string): SettingsLoad {
  const problem = (message: string): SettingsLoad => ({ ok: false, problems: [{ severity: 'error', file, message }] });
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (e) {
    return problem(
      `Tệp cấu hình không phải JSON hợp lệ: mở tệp bằng một trình soạn thảo văn bản, sửa theo mẫu sheets-templates/settings.json (dấu phẩy giữa các mục, dấu ngoặc, dấu nháy kép quanh chữ) rồi chạy lại. Chi tiết kỹ thuật: ${e instanceof Error ? e.message : String(e)}.`,
    );
  }
  if (!isObject(json)) return problem('Tệp cấu hình phải là một đối tượng JSON { … } như sheets-templates/settings.json.');
  const defaults = defaultSettings();
  const shape: string[] = [];
  shapeProblems(json, defaults, '', shape);
  if (shape.length) return { ok: false, problems: shape.map((message) => ({ severity: 'error', file, message })) };
  const candidate = merged(defaults, json);
  // Let the core read the settings as if they had been typed into the tab: the same checks, the same messages.
  const dateFields = SETTINGS_FIELDS.filter((f) => f.kind === 'date');
  // The date as written in the file ("2024-06-28" or "28/06/2024"), not as the tab would show it.
  const rawDates = dateFields.map((f) => String(f.path.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), candidate) ?? ''));
  dateFields.forEach((f) => f.set(candidate, defaults.period.deadline));
  const rows: Grid = settingsTabRows(candidate);
  dateFields.forEach((f, i) => {
    const row = rows.find((r) => r[0] === f.label);
    if (row) row[1] = rawDates[i];
  });
  const reading = readSettingsTab(rows, defaults);
  if (reading.ok) return reading;
  const divisionsHeader = rows.findIndex((r) => r[0] === 'Tên phòng, đơn vị');
  const where = (cell: string): string => {
    const m = /!([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return 'divisions';
    const r = Number(m[2]) - 1;
    if (divisionsHeader >= 0 && r > divisionsHeader) return `divisions[${r - divisionsHeader - 1}].${{ A: 'name', B: 'tabName', C: 'emails' }[m[1]] ?? ''}`;
    const field = SETTINGS_FIELDS.find((f) => f.label === rows[r]?.[0]);
    return field ? field.path : cell;
  };
  return {
    ok: false,
    problems: reading.problems.map((p) => ({ severity: 'error', file, message: p.message.replace(p.cell, `"${where(p.cell)}"`) })),
  };
}

/** The "Cấu hình" sheet of a workbook, if it has one. */
export function settingsSheet(workbook: WorkbookFile): WorkbookFile['sheets'][number] | null {
  return workbook.sheets.find((s) => nameKey(s.name) === nameKey(SETTINGS_TAB)) ?? null;
}

export function settingsFromWorkbook(workbook: WorkbookFile): SettingsLoad | null {
  const sheet = settingsSheet(workbook);
  if (!sheet) return null;
  // A setting that is a formula never calculated would read as empty, or silently as its default: nothing is guessed.
  if (sheet.uncalculated.length) {
    const labelOf = (row: number) => cellText(cellAt(sheet.grid, row - 1, 0));
    return {
      ok: false,
      problems: sheet.uncalculated.map((u) => ({ severity: 'error', file: workbook.path, message: `${sheet.name}!${a1(u.row, u.column)}${labelOf(u.row) ? ` («${labelOf(u.row)}»)` : ''}: ${u.message}` })),
    };
  }
  const reading = readSettingsTab(sheet.grid, defaultSettings(), sheet.name);
  if (reading.ok) return { ok: true, settings: reading.settings, defaulted: reading.missingRows.map((r) => `«${r[0]}»: ${r[1]}`) };
  return { ok: false, problems: reading.problems.map((p) => ({ severity: 'error', file: workbook.path, message: p.message })) };
}

/** The settings given with --settings. */
export async function settingsFromFile(file: string): Promise<SettingsLoad> {
  if (/\.json$/i.test(file)) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            file,
            message:
              code === 'ENOENT'
                ? `Không tìm thấy tệp cấu hình «${displayPath(file)}».`
                : `Không đọc được tệp cấu hình «${displayPath(file)}»: kiểm tra quyền đọc tệp rồi chạy lại. Chi tiết kỹ thuật: ${code ?? String(e)}.`,
          },
        ],
      };
    }
    return settingsFromJson(text, file);
  }
  const reading = await readWorkbookFile(file);
  if (!reading.ok) return { ok: false, problems: [{ severity: 'error', file, message: reading.message }] };
  return (
    settingsFromWorkbook(reading.workbook) ?? {
      ok: false,
      problems: [{ severity: 'error', file, message: `Không có trang tính «${SETTINGS_TAB}» trong tệp. Tệp cấu hình là tệp .json (như sheets-templates/settings.json) hoặc tệp .xlsx có trang tính «${SETTINGS_TAB}».` }],
    }
  );
}
