/**
 * One renderer: for the same summary and the same clock, the .docx Apps Script uploads to Drive (the built
 * bundle, in a context without Node's globals) has the same word/document.xml as the command line's renderer
 * in Node, and the command line writes its .docx with that renderer.
 */
import { readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';
import { consolidateCommand } from '../../src/cli/consolidate';
import { writeFormFile } from '../../src/cli/formCommand';
import { buildDivisionReport, checkDate } from '../../src/core/divisionReport';
import { resolveForm } from '../../src/core/form';
import type { Grid } from '../../src/core/grid';
import { defaultSettings } from '../../src/core/settings';
import { SETTINGS_TAB, readSettingsTab } from '../../src/core/settingsTab';
import { buildSummary } from '../../src/core/summary/build';
import { renderDocx } from '../../src/render/renderDocx';
import { tempDir } from '../cli/helpers';
import { readDocx } from '../render/docxReader';
import { AppsScriptRun, OFFICE, loadAppsScript, setSetting, typeSample } from './harness';

const tmp = tempDir('bao-cao-same-');
afterAll(() => tmp.remove());

/** 27/06/2024 16:05 where the command runs; Apps Script is given the same zone and the same instant. */
const CLOCK = new Date(2024, 5, 27, 16, 5);
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await readDocx(bytes)).zip.file('word/document.xml')!.async('string');
}

/** The first difference, with a little context either side ('' when equal): whole files are too long to read in a failure. */
function difference(expected: string, actual: string): string {
  if (expected === actual) return '';
  const at = [...actual].findIndex((c, i) => c !== expected[i]);
  return `${expected.slice(Math.max(0, at - 200), at + 200)}\n≠\n${actual.slice(Math.max(0, at - 200), at + 200)}`;
}

/** "Tổng hợp" on the sample, the script's clock standing at CLOCK (`new Date()` in its realm gives that instant). */
function consolidatedAt(): AppsScriptRun {
  const run = loadAppsScript({ timeZone: ZONE });
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  typeSample(run);
  vm.runInContext(
    `Date = (function (RealDate, now) {
       function FixedDate() { return arguments.length ? new (Function.prototype.bind.apply(RealDate, [null].concat([].slice.call(arguments))))() : new RealDate(now); }
       FixedDate.prototype = RealDate.prototype; FixedDate.now = function () { return now; }; FixedDate.UTC = RealDate.UTC; FixedDate.parse = RealDate.parse;
       return FixedDate;
     })(Date, ${CLOCK.getTime()});`,
    run.context,
  );
  run.call('runConsolidation');
  return run;
}

test('the .docx Apps Script uploads has the word/document.xml the renderer writes in Node for the same summary and clock', async () => {
  const run = consolidatedAt();
  const uploads = run.driveApi.uploads;
  const uploaded = await documentXml(uploads[uploads.length - 1].bytes);
  // The same summary, built in Node from the same tabs (values as typed, with their number formats).
  const reading = readSettingsTab(run.values(SETTINGS_TAB) as Grid, defaultSettings());
  if (!reading.ok) throw new Error('settings');
  const settings = reading.settings;
  const form = resolveForm(settings);
  const today = '2024-06-27';
  const reports = settings.divisions.map((division) => {
    const values = run.values(division.tabName);
    const formats = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(division.tabName)!.getDataRange().getNumberFormats());
    return buildDivisionReport(division, values as Grid, form, { today: checkDate(settings.period.deadline, today), formats }, { submittedAt: null, submittedBy: null, lastEditedAt: null });
  });
  const summary = buildSummary(reports, settings, form, { now: '2024-06-27T16:05', version: 1 });
  const inNode = await documentXml(renderDocx(summary));
  expect(uploaded.length).toBeGreaterThan(10000);
  expect(difference(inNode, uploaded)).toBe('');
});

test('the command line writes its .docx with that renderer: the file is the report of its summary', async () => {
  const sample = path.join(tmp.dir, 'mau-da-nhap.xlsx');
  await writeFormFile(defaultSettings(), sample, true);
  const out = path.join(tmp.dir, 'bao-cao.docx');
  const outcome = await consolidateCommand([sample], { out, force: true, now: CLOCK }, { out() {}, err() {} });
  expect(outcome.exitCode).toBe(0);
  const settings = defaultSettings();
  const summary = buildSummary(outcome.reports, settings, resolveForm(settings), { now: '2024-06-27T16:05' });
  expect(difference(await documentXml(renderDocx(summary)), await documentXml(readFileSync(out)))).toBe('');
});
