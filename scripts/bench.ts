/**
 * npm run bench: service calls of every Google path (setup, sidebar overview, Tổng hợp) for 9 and
 * 30 divisions, measured by running the built dist/Code.js over the counting fakes; the core's time;
 * the offline consolidation time. Writes BENCHMARKS.md. Calls are what matter in Apps Script: each
 * one is a round trip of tens of milliseconds, and a run stops at 6 minutes.
 */
import { statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { checkDivision } from '../src/core/check';
import { resolveForm } from '../src/core/form';
import { buildDivisionReport } from '../src/core/divisionReport';
import type { CellValue, Grid } from '../src/core/grid';
import { readDate } from '../src/core/dates';
import { filledDivisionGrid, sampleFor } from '../src/core/sampleData';
import { defaultSettings, Division } from '../src/core/settings';
import { SETTINGS_TAB, settingsTabRows } from '../src/core/settingsTab';
import { buildSummary } from '../src/core/summary/build';
import type { SummaryDocument } from '../src/core/summary/model';
import { DIST, loadAppsScript, OFFICE, setDivisions, setSetting, typeSample, AppsScriptRun } from '../test/gas/harness';
import { bareV8Packer } from './bench/bareV8';
import { setClock, vietnamTime } from '../test/gas/clock';
import { moveCalls } from './bench/nextPeriod';

type Row = { what: string; value: string };

function divisions(n: number): Division[] {
  const base = defaultSettings().divisions;
  return Array.from({ length: n }, (_, i) => (i < base.length ? base[i] : { name: `Đơn vị thử nghiệm ${i + 1}`, tabName: `ĐV ${i + 1}`, emails: [] }));
}

const DIVISION_USER = (tabName: string) => `nguoinhap.${tabName.replace(/\W+/g, '').toLowerCase() || 'x'}@skhcn.bacgiang.gov.vn`;

/** A set-up Sheet of n divisions, each with its own person, and the Office's e-mail set. */
function sheetWith(n: number): AppsScriptRun {
  const run = loadAppsScript();
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  setDivisions(
    run,
    divisions(n).map((d, i) => ({ name: d.name, tabName: d.tabName, emails: `${i}.${DIVISION_USER(d.tabName)}` })),
  );
  run.call('menuSetUp');
  // What is measured is the read through each tab's named range (src/gas/sheet/tabRange.ts), not the fallback.
  const named = run.g.calls.uncounted(() => run.g.spreadsheet.getNamedRanges().length);
  if (named !== n) throw new Error(`Điều kiện của phép đo không đúng: ${named} vùng được đặt tên cho ${n} tab của phòng, đơn vị (thiết lập phải tạo đủ).`);
  return run;
}

/** "(đạt)" when the measure is within its budget, "(CHƯA ĐẠT)" otherwise. */
function verdict(value: number, budget: number): string {
  return `${value} ${value <= budget ? '(đạt)' : '(CHƯA ĐẠT)'}`;
}

function callsOf(run: AppsScriptRun, name: string): { total: number; reads: number } {
  run.g.calls.reset();
  run.call(name, ...(name === 'getSidebarState' ? [null] : []));
  return { total: run.g.calls.total, reads: run.g.calls.countOf('Range.getValues') + run.g.calls.countOf('Sheet.getSheetValues') };
}

/** Calls of the first setup of a Sheet whose settings tab already lists n divisions (typed by the Office). */
function firstSetupCalls(n: number): number {
  const run = loadAppsScript();
  const settings = defaultSettings();
  settings.divisions = divisions(n);
  const rows = settingsTabRows(settings).map((r) => [...r, '', ''].slice(0, 3));
  run.g.calls.uncounted(() => run.g.spreadsheet.insertSheet(SETTINGS_TAB).getRange(1, 1, rows.length, 3).setValues(rows));
  run.g.calls.reset();
  run.call('menuSetUp');
  return run.g.calls.total;
}

function setupRows(n: number): Row[] {
  const run = sheetWith(n);
  typeSample(run, 100);
  const again = callsOf(run, 'menuSetUp');
  return [
    { what: `Thiết lập lần đầu, ${n} phòng (tạo ${n} tab)`, value: `${firstSetupCalls(n)} lần gọi` },
    { what: `Thiết lập lại, ${n} phòng × 100 dòng mỗi mục`, value: `${again.total} lần gọi (${again.reads} lần đọc)` },
  ];
}

function sidebarRows(n: number): Row[] {
  const run = sheetWith(n);
  typeSample(run, 100);
  assertTyped(run, n, 100);
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const overview = callsOf(run, 'getSidebarState');
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  run.g.session.activeUserEmail = `3.${DIVISION_USER('QLKH')}`;
  const division = callsOf(run, 'getSidebarState');
  return [
    { what: `Thanh bên, Văn phòng xem ${n} phòng × 100 dòng mỗi mục`, value: `${overview.total} lần gọi (${overview.reads} lần đọc)` },
    { what: `Thanh bên, Văn phòng xem ${n} phòng: mục tiêu ≤ 4 lần gọi mỗi phòng + 10 = ${4 * n + 10}`, value: verdict(overview.total, 4 * n + 10) },
    { what: `Thanh bên, một phòng xem tab của mình (${n} phòng)`, value: `${division.total} lần gọi` },
  ];
}

/**
 * The sidebar keeping itself current (a division's view, every 3 s while visible): the poll of an unchanged
 * tab, the poll plus the one state read after an edit, and what onEdit costs per edit. Checks that the poll
 * really saw the edit before counting.
 */
function liveRefreshRows(n: number): Row[] {
  const run = sheetWith(n);
  typeSample(run, 100);
  const user = `3.${DIVISION_USER('QLKH')}`;
  run.g.session.activeUserEmail = user;
  run.g.session.effectiveUserEmail = user;
  const live = run.call<{ live: { sheetId: number; stamp: string } | null }>('getSidebarState', 'QLKH').live;
  if (!live) throw new Error('Thanh bên của QLKH không có dấu sửa (live) để theo dõi');
  run.g.calls.reset();
  if (run.call<string>('getEditStamp', live.sheetId) !== live.stamp) throw new Error('Dấu sửa đổi thay đổi khi chưa ai sửa');
  const unchanged = run.g.calls.total;
  const range = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(10, 2));
  run.g.calls.reset();
  run.call('onEdit', { range, value: 'x', authMode: 'LIMITED' });
  const onEdit = run.g.calls.total;
  run.g.calls.reset();
  run.call('onEdit', { range, value: 'y', authMode: 'LIMITED' });
  const onEditAgain = run.g.calls.total;
  run.g.calls.reset();
  if (run.call<string>('getEditStamp', live.sheetId) === live.stamp) throw new Error('Dấu sửa đổi không đổi sau khi sửa');
  run.call('getSidebarState', 'QLKH');
  const changed = { total: run.g.calls.total, reads: run.g.calls.countOf('Range.getValues') };
  // The sidebar then asks for the view's leadership comments in a call of its own.
  run.g.calls.reset();
  run.call('getLeadershipComments', 'QLKH');
  const comments = run.g.calls.total;
  return [
    { what: `Thanh bên tự cập nhật, ${n} phòng: một lần hỏi khi tab không đổi (mỗi 3 giây)`, value: `${unchanged} lần gọi` },
    { what: `Thanh bên tự cập nhật, ${n} phòng × 100 dòng: hỏi + đọc lại sau một lần sửa`, value: `${unchanged + changed.total} lần gọi (${changed.reads} lần đọc)` },
    { what: `onEdit, lần sửa đầu trong một phút / các lần sau (${n} phòng)`, value: `${onEdit} / ${onEditAgain} lần gọi` },
    { what: `Thanh bên tự cập nhật, ${n} phòng: góp ý của lãnh đạo cho tab (lời gọi riêng sau khi đọc lại)`, value: `${comments} lần gọi` },
  ];
}

/**
 * One daily reminder run (the trigger's function, no one at the screen) on a working day before the deadline,
 * with n divisions × 100 rows typed: its calls, its reads, the mails it sent. Checks that it did mail someone.
 */
function reminderRows(n: number): Row[] {
  const run = sheetWith(n);
  typeSample(run, 100);
  run.call('menuEnableReminders');
  if (run.g.triggers.triggers.length !== 1) throw new Error(`Nhắc hạn ${n} phòng: cần đúng một trình kích hoạt, có ${run.g.triggers.triggers.length}`);
  run.g.setUiAvailable(false);
  run.g.session.activeUserEmail = '';
  // The day before the deadline as the script reads it (the bench runs in this machine's time zone, not the script's).
  const typed = run.values(SETTINGS_TAB).find((r) => r[0] === 'Hạn nộp')![1] as CellValue;
  const deadline = readDate(typed);
  if (deadline.kind !== 'date') throw new Error(`Nhắc hạn ${n} phòng: ô Hạn nộp không đọc được (${String(typed)})`);
  const [y, m, d] = deadline.iso.split('-').map(Number);
  setClock(run, vietnamTime(`${new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)} 08:20`));
  run.g.calls.reset();
  run.call('remindDeadlines');
  const mails = run.g.mail.sent.length;
  if (mails === 0) throw new Error(`Nhắc hạn ${n} phòng: không thư nào được gửi, phép đo không đo gì`);
  return [{ what: `Nhắc hạn, một lần chạy, ${n} phòng × 100 dòng mỗi mục`, value: `${run.g.calls.total} lần gọi (${run.g.calls.countOf('Range.getValues')} lần đọc, ${run.g.calls.countOf('MailApp.sendEmail')} thư)` }];
}

/**
 * The bench's precondition: every division tab of the run holds the rows it claims (rowsPerSection in every
 * section the sample fills, or the sample's own rows), read back through the core check. Fails loudly otherwise.
 */
function assertTyped(run: AppsScriptRun, n: number, rows: number | undefined): void {
  const form = resolveForm(defaultSettings());
  const wrong: string[] = [];
  divisions(n).forEach((division, i) => {
    const grid = run.values(division.tabName) as Grid;
    const items = checkDivision(grid, form, { today: '2024-06-27' }).items;
    const sample = sampleFor(defaultSettings().divisions[i % 9]);
    for (const section of form.sections) {
      const typed = (sample[section.id] ?? []).length;
      const expected = typed === 0 ? 0 : (rows ?? typed);
      const found = items[section.id]?.length ?? 0;
      if (found !== expected) wrong.push(`${division.tabName} mục ${section.id}: ${found} dòng, cần ${expected}`);
    }
  });
  if (wrong.length) throw new Error(`Điều kiện của phép đo không đúng (${wrong.length} chỗ): ${wrong.slice(0, 5).join('; ')}`);
}

interface ConsolidateMeasure {
  label: string;
  total: number;
  reading: number;
  drive: number;
  ms: number;
  docxBytes: number;
}

function measureConsolidate(n: number, rows: number | undefined): ConsolidateMeasure {
  const run = sheetWith(n);
  typeSample(run, rows);
  assertTyped(run, n, rows);
  run.g.calls.reset();
  const started = performance.now();
  const result = run.call<{ name: string }>('runConsolidation');
  const ms = performance.now() - started;
  const c = run.g.calls;
  const uploads = run.driveApi.uploads;
  if (uploads.length !== 1 || !result.name) throw new Error(`Tổng hợp ${n} phòng: cần đúng một tệp tải lên, có ${uploads.length}`);
  return {
    label: rows ? `${n} phòng × ${rows} dòng mỗi mục` : `${n} phòng, số liệu mẫu`,
    total: c.total,
    reading: c.totalFor('Range.') + c.totalFor('Sheet.') + c.totalFor('Spreadsheet.'),
    drive: c.totalFor('Drive.'),
    ms,
    docxBytes: uploads[0].bytes.length,
  };
}

function consolidateRows(): Row[] {
  const sample = measureConsolidate(9, undefined);
  const few = measureConsolidate(30, 5);
  const many = measureConsolidate(30, 50);
  const ratio = many.total / few.total;
  const budget = 4 * 30 + 40;
  const row = (m: ConsolidateMeasure): Row => ({
    what: `Tổng hợp, ${m.label}`,
    value: `${m.total} lần gọi (đọc bảng tính ${m.reading}, Drive ${m.drive}); .docx ${Math.round(m.docxBytes / 1024)} KiB; mô phỏng ${m.ms.toFixed(0)} ms`,
  });
  return [
    row(sample),
    row(few),
    row(many),
    { what: 'Tổng hợp, 30 phòng: lần gọi với 50 dòng / với 5 dòng mỗi mục (mục tiêu ≤ 1,05)', value: `${ratio.toFixed(3)} ${ratio <= 1.05 ? '(đạt)' : '(CHƯA ĐẠT)'}` },
    { what: `Tổng hợp, 30 phòng × 50 dòng: mục tiêu ≤ 4 lần gọi mỗi phòng + 40 = ${budget}`, value: verdict(many.total, budget) },
  ];
}

/**
 * What changed since the last version, 30 divisions × 50 rows a section: the record's size in the hidden tab, the
 * sidebar's list before a second run, and a second run (which also reads the last record). Preconditions: the record is
 * there, and with nothing edited the list is empty; after one figure is retyped the list names exactly that change.
 */
function versionRows(): Row[] {
  const run = sheetWith(30);
  typeSample(run, 50);
  assertTyped(run, 30, 50);
  run.call('runConsolidation');
  const record = run.values('Dữ liệu tổng hợp');
  if (record.length !== 2) throw new Error(`Điều kiện của phép đo không đúng: tab Dữ liệu tổng hợp có ${record.length - 1} dòng, cần 1`);
  const chars = record[1].slice(4).reduce<number>((n, c) => n + String(c).length, 0);
  const cells = record[1].slice(4).filter((c) => c !== '').length;
  const row = run.values('QLKH').findIndex((r) => String(r[0]).startsWith('I. ')) + 3;
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(row, 7).setValue(12345));
  run.g.calls.reset();
  const started = performance.now();
  const changes = run.call<{ divisions: { items: string[] }[] }>('getChangesSinceLastVersion');
  const ms = performance.now() - started;
  const listCalls = run.g.calls.total;
  if (changes.divisions.length !== 1 || changes.divisions[0].items.length !== 1) throw new Error(`Điều kiện của phép đo không đúng: cần đúng 1 thay đổi, có ${JSON.stringify(changes.divisions)}`);
  const second = callsOf(run, 'runConsolidation');
  return [
    { what: 'Dữ liệu một bản tổng hợp (tab ẩn «Dữ liệu tổng hợp»), 30 phòng × 50 dòng mỗi mục', value: `${Math.round(chars / 1024)} KiB trong ${cells} ô (tối đa 50.000 ký tự mỗi ô)` },
    { what: 'Thanh bên, thay đổi so với bản trước, 30 phòng × 50 dòng mỗi mục', value: `${listCalls} lần gọi; mô phỏng ${ms.toFixed(0)} ms` },
    { what: 'Tổng hợp bản 2 (đọc dữ liệu bản 1, ghi dữ liệu bản 2), 30 phòng × 50 dòng mỗi mục', value: `${second.total} lần gọi (${second.reads} lần đọc)` },
  ];
}

/** The summary of n divisions × rows, built by the core in Node (what the bare V8 context is given to pack). */
function summaryOf(n: number, rows: number | undefined): SummaryDocument {
  const settings = defaultSettings();
  settings.divisions = divisions(n);
  const form = resolveForm(settings);
  const reports = settings.divisions.map((d, i) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, sampleFor(defaultSettings().divisions[i % 9]), rows), form, { today: '2024-06-27' }));
  return buildSummary(reports, settings, form, { now: '2024-06-27T16:05', version: 1 });
}

/** Packs the .docx in a vm context with none of Node's globals, as Apps Script's V8 runs it: median of 3. */
async function bareV8Rows(): Promise<Row[]> {
  const packer = await bareV8Packer();
  const rows: Row[] = [];
  for (const [label, n, r] of [
    ['số liệu mẫu, 9 phòng', 9, undefined],
    ['30 phòng × 50 dòng mỗi mục', 30, 50],
  ] as const) {
    const json = JSON.stringify(summaryOf(n, r));
    const times: number[] = [];
    let size = 0;
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      size = packer(json);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({ what: `Đóng gói .docx trong V8 trần (không có Buffer, TextEncoder, setTimeout…), ${label}`, value: `${times[1].toFixed(0)} ms (${Math.round(size / 1024)} KiB)` });
  }
  const code = statSync(path.join(DIST, 'Code.js')).size;
  rows.push({ what: 'Dung lượng dist/Code.js', value: `${Math.round(code / 1024)} KiB` });
  return rows;
}

function coreRows(n: number, rows: number): Row[] {
  const settings = defaultSettings();
  settings.divisions = divisions(n);
  const form = resolveForm(settings);
  const grids = settings.divisions.map((d, i) => filledDivisionGrid(form, settings, d, sampleFor(defaultSettings().divisions[i % 9]), rows));
  const started = performance.now();
  let findings = 0;
  for (const grid of grids) findings += checkDivision(grid, form, { today: '2024-06-27' }).findings.length;
  const ms = performance.now() - started;
  return [{ what: `Kiểm tra (lõi, Node), ${n} phòng × ${rows} dòng mỗi mục`, value: `${ms.toFixed(0)} ms (${findings} phát hiện)` }];
}

async function offlineRows(): Promise<Row[]> {
  try {
    const modulePath = path.join(__dirname, 'bench', 'offline.mjs');
    const mod = (await import(modulePath)) as { benchOffline: () => Promise<{ name: string; value: string }[]> };
    return (await mod.benchOffline()).map((r) => ({ what: r.name, value: r.value }));
  } catch (e) {
    return [{ what: 'Ngoại tuyến', value: `không đo được: ${(e as Error).message}` }];
  }
}

/** "Sang kỳ báo cáo mới" for n divisions, with the sample as typed and with 100 rows a section: the calls must not grow with rows. */
function nextPeriodRows(n: number): Row[] {
  return [undefined, 100].map((rows) => {
    const run = sheetWith(n);
    typeSample(run, rows);
    assertTyped(run, n, rows);
    const m = moveCalls(run, n);
    return { what: `Sang kỳ báo cáo mới, ${n} phòng${rows ? ` × ${rows} dòng mỗi mục` : ' (số liệu mẫu)'}`, value: `${m.total} lần gọi (${m.reads} lần đọc, ${m.writes} lần ghi giá trị)` };
  });
}

async function main(): Promise<void> {
  const groups: [string, Row[]][] = [];
  const step = (title: string, rows: () => Row[]) => {
    process.stdout.write(`… ${title}\n`);
    groups.push([title, rows()]);
  };
  // The offline run goes first, on a fresh heap, as it runs for a user (one command, one process).
  process.stdout.write('… Ngoại tuyến (.xlsx → .docx)\n');
  const offline = await offlineRows();
  step('Thiết lập / cập nhật biểu mẫu', () => [...setupRows(9), ...setupRows(30)]);
  step('Kiểm tra biểu mẫu (thanh bên)', () => [...sidebarRows(9), ...sidebarRows(30), ...coreRows(9, 100), ...coreRows(30, 100)]);
  step('Thanh bên tự cập nhật', () => [...liveRefreshRows(9), ...liveRefreshRows(30)]);
  step('Tổng hợp (Google Doc)', consolidateRows);
  step('Nhắc hạn (thư nhắc)', () => [...reminderRows(9), ...reminderRows(30)]);
  step('Thay đổi so với bản trước', versionRows);
  step('Sang kỳ báo cáo mới', () => [...nextPeriodRows(9), ...nextPeriodRows(30)]);
  process.stdout.write('… Đóng gói .docx trong V8 trần\n');
  groups.push(['Đóng gói .docx trong V8 trần (thay cho môi trường Apps Script)', await bareV8Rows()]);
  groups.push(['Ngoại tuyến (dòng lệnh)', offline]);

  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (scripts/bench.ts); do not edit by hand.',
    `Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'Google calls are counted by running the built `dist/Code.js` over the counting fakes of `test/fakes/` (every method call on a',
    'service object counts once). In Apps Script each call is a round trip of tens of milliseconds, so the counts, not the',
    'simulated milliseconds, are what predict the real run time. Before measuring, the bench checks that every tab holds the',
    'rows it claims (read back through the core check) and stops with an error when one does not.',
    '',
    'What grows with what: reads are one `getValues` per tab (the "lần đọc" figures: divisions + the settings tab, read by',
    '`getSheetValues`). The sidebar and "Tổng hợp" read a division tab in four calls: its named range (made by setup), values,',
    'number formats, merges; the budgets are 4 per division + 10 for the overview and + 40 for "Tổng hợp". Setup',
    'writes a fixed number of calls per tab and per section; rows typed never change it. "Tổng hợp" packs the whole report',
    'as a .docx inside the script (src/render) and uploads it once; Drive converts it into the Google Doc, so its calls are',
    'the reading (a fixed number per tab) plus a fixed number of Drive calls, whatever the rows. The packing time is',
    "measured in a vm context with none of Node's globals, the stand-in for Apps Script's V8. The offline figures are",
    'wall-clock times on this machine (2 cores, shared).',
    '',
  ];
  for (const [title, rows] of groups) {
    lines.push(`## ${title}`, '', '| Đo | Kết quả |', '|---|---|', ...rows.map((r) => `| ${r.what} | ${r.value} |`), '');
  }
  const text = lines.join('\n');
  writeFileSync(path.join(__dirname, '..', 'BENCHMARKS.md'), text);
  process.stdout.write(`${text}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
