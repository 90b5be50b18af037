/**
 * npm run bench: service calls of every Google path (setup, sidebar overview, Tổng hợp) for 9 and
 * 30 divisions, measured by running the built dist/Code.js over the counting fakes; the core's time;
 * the offline consolidation time. Writes BENCHMARKS.md. Calls are what matter in Apps Script: each
 * one is a round trip of tens of milliseconds, and a run stops at 6 minutes.
 */
import { writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { checkDivision } from '../src/core/check';
import { resolveForm } from '../src/core/form';
import { filledDivisionGrid, sampleFor } from '../src/core/sampleData';
import { defaultSettings, Division } from '../src/core/settings';
import { SETTINGS_TAB, settingsTabRows } from '../src/core/settingsTab';
import type { Block } from '../src/core/summary/model';
import { loadAppsScript, OFFICE, setDivisions, setSetting, typeSample, AppsScriptRun } from '../test/gas/harness';

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
  setDivisions(run, divisions(n).map((d, i) => ({ name: d.name, tabName: d.tabName, emails: `${i}.${DIVISION_USER(d.tabName)}` })));
  run.call('menuSetUp');
  return run;
}

function callsOf(run: AppsScriptRun, name: string): { total: number; reads: number } {
  run.g.calls.reset();
  run.call(name, ...(name === 'getSidebarState' ? [null] : []));
  return { total: run.g.calls.total, reads: run.g.calls.countOf('Range.getValues') };
}

/** What a naive version would call: every cell read one by one, every table cell written and styled one by one. */
function naiveCalls(run: AppsScriptRun, blocks: Block[]): { read: number; write: number } {
  const cells = run.g.calls.uncounted(() => run.g.spreadsheet.getSheets().reduce((n, s) => n + s.getLastRow() * s.getLastColumn(), 0));
  let write = 0;
  for (const b of blocks) {
    if (b.kind === 'table') write += (b.rows.length + 1) * b.columns.length * 3; // getCell, setText, setAlignment
    else write += 3; // append, setHeading/attributes, alignment
  }
  return { read: cells * 2, write };
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
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const overview = callsOf(run, 'getSidebarState');
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  run.g.session.activeUserEmail = `3.${DIVISION_USER('QLKH')}`;
  const division = callsOf(run, 'getSidebarState');
  return [
    { what: `Thanh bên, Văn phòng xem ${n} phòng × 100 dòng mỗi mục`, value: `${overview.total} lần gọi (${overview.reads} lần đọc)` },
    { what: `Thanh bên, một phòng xem tab của mình (${n} phòng)`, value: `${division.total} lần gọi` },
  ];
}

function consolidateRows(n: number, rows: number | undefined): Row[] {
  const run = sheetWith(n);
  typeSample(run, rows);
  run.g.calls.reset();
  const started = performance.now();
  run.call('runConsolidation');
  const ms = performance.now() - started;
  const c = run.g.calls;
  const reading = c.totalFor('Range.') + c.totalFor('Sheet.') + c.totalFor('Spreadsheet.');
  const total = c.total;
  const doc = run.docs.lastDocument();
  void doc;
  const { buildSummaryFor } = summaryOf(run);
  const naive = naiveCalls(run, buildSummaryFor());
  const label = rows ? `${n} phòng × ${rows} dòng mỗi mục` : `${n} phòng, số liệu mẫu`;
  return [
    { what: `Tổng hợp, ${label}`, value: `${total} lần gọi (đọc bảng tính ${reading}, Docs batchUpdate ${c.countOf('Docs.Documents.batchUpdate')}); mô phỏng ${ms.toFixed(0)} ms` },
    { what: `Tổng hợp kiểu từng ô (ước tính), ${label}`, value: `${naive.read + naive.write} lần gọi (đọc ${naive.read}, ghi ${naive.write})` },
  ];
}

/** The summary the run just built, rebuilt in Node from the same tabs (for the naive estimate). */
function summaryOf(run: AppsScriptRun): { buildSummaryFor: () => Block[] } {
  return {
    buildSummaryFor: () => {
      const doc = run.docs.lastDocument();
      // Count blocks the way the model has them: tables with their rows, paragraphs one each.
      const blocks: Block[] = [];
      for (const child of doc.body.children) {
        if (child.kind === 'TABLE') blocks.push({ kind: 'table', columns: child.rows[0].cells.map(() => ({ header: '', align: 'left', width: 1 })), rows: child.rows.slice(1).map((r) => r.cells.map(() => '')) });
        else blocks.push({ kind: 'paragraph', runs: [] });
      }
      return blocks;
    },
  };
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
  step('Tổng hợp (Google Doc)', () => [...consolidateRows(9, undefined), ...consolidateRows(30, 50)]);
  groups.push(['Ngoại tuyến (dòng lệnh)', offline]);

  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (scripts/bench.ts); do not edit by hand.',
    `Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'Google calls are counted by running the built `dist/Code.js` over the counting fakes of `test/fakes/` (every method call on a',
    'service object counts once). In Apps Script each call is a round trip of tens of milliseconds, so the counts, not the',
    'simulated milliseconds, are what predict the real run time. "Kiểu từng ô" is what a naive cell-by-cell version would call.',
    '',
    'What grows with what: reads are one `getValues` per tab (the "lần đọc" figures: divisions + the settings tab). Setup',
    'writes a fixed number of calls per tab and per section; rows typed never change it. "Tổng hợp" writes about two calls per',
    'paragraph of the report (append, style) and a fixed number per table, whatever its rows; cell alignment goes to the Docs',
    'API in batches of at most 500 requests. The offline figures are wall-clock times on this machine (2 cores, shared).',
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
