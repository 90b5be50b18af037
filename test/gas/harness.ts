/**
 * Runs the built dist/Code.js in a Node vm, as Apps Script loads it: one classic script whose
 * top-level functions are the entry points, with fakes of every Google service as globals.
 */
import { readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';
import { isDate } from '../fakes/callCounter';
import { DriveApiFake, createDriveApiFake } from '../fakes/driveApi';
import { createGoogleServices, GoogleServices, GoogleServicesOptions } from '../fakes/services';
import { resolveForm } from '../../src/core/form';
import { sampleData, sampleFor } from '../../src/core/sampleData';
import { SETTINGS_TAB, readSettingsTab } from '../../src/core/settingsTab';
import type { Grid } from '../../src/core/grid';
import { defaultSettings } from '../../src/core/settings';

export const DIST = path.join(__dirname, '..', '..', 'dist');

export interface AppsScriptRun {
  g: GoogleServices;
  context: vm.Context;
  /** The Drive advanced service's records: uploads (the .docx bytes), exports, permissions. */
  driveApi: DriveApiFake;
  /** Calls a top-level function of Code.js, as a menu click or google.script.run would. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** The spreadsheet's sheet as a grid of values (uncounted), dates made in this (Node's) realm. */
  values(sheetName: string): unknown[][];
}

export const OFFICE = 'vanphong@skhcn.bacgiang.gov.vn';

export const SHEET_FOLDER = 'folder-bao-cao';

/** `driveInaccessible`: file ids the Drive advanced service will not show (drive.file scope). */
export function loadAppsScript(options: GoogleServicesOptions = {}, driveInaccessible: string[] = []): AppsScriptRun {
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  const sidebar = readFileSync(path.join(DIST, 'sidebar.html'), 'utf8');
  const g = createGoogleServices({ userEmail: OFFICE, ownerEmail: OFFICE, htmlFiles: { sidebar }, ...options });
  // The Sheet lives in a folder of the Office's Drive; the summary Doc should land beside it.
  g.drive.registerFolder({ id: SHEET_FOLDER, name: 'Báo cáo KT-XH' });
  g.drive.registerFile({ id: g.calls.uncounted(() => g.spreadsheet.getId()), name: 'Báo cáo KT-XH 2024', parentIds: [SHEET_FOLDER] });
  const driveApi = createDriveApiFake(g.drive, { calls: g.calls, inaccessible: driveInaccessible, currentUser: () => g.session.effectiveUserEmail });
  g.globals.Drive = driveApi.Drive;
  const context = g.createContext();
  vm.runInContext(code, context, { filename: 'Code.js' });
  return {
    g,
    context,
    driveApi,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return (fn as (...a: unknown[]) => T)(...args);
    },
    values(sheetName: string) {
      return g.calls.uncounted(() => {
        const sheet = g.spreadsheet.getSheetByName(sheetName);
        if (!sheet) throw new Error(`No sheet ${sheetName}`);
        // The fakes hand the script dates of its own realm; Node's `instanceof Date` must hold here.
        return (sheet.getDataRange().getValues() as unknown[][]).map((row) => row.map((v) => (isDate(v) ? new Date(v.getTime()) : v)));
      });
    },
  };
}

/** After setup, the divisions type the sample (sheets-templates/sample-data.json) into their tabs, inserting rows as needed. */
export function typeSample(run: AppsScriptRun, rowsPerSection?: number): void {
  const defaults = defaultSettings();
  const reading = readSettingsTab(run.values(SETTINGS_TAB) as Grid, defaults);
  // Never fall back to the default divisions: a test (or the bench) would then measure other tabs than it claims.
  if (!reading.ok) throw new Error(`typeSample: the settings tab does not read: ${reading.problems.map((p) => `${p.cell} ${p.message}`).join('; ')}`);
  const settings = reading.settings;
  const form = resolveForm(settings);
  run.g.calls.uncounted(() => {
    settings.divisions.forEach((division, i) => {
      const sheet = run.g.spreadsheet.getSheetByName(division.tabName);
      if (!sheet) throw new Error(`typeSample: no tab «${division.tabName}» for ${division.name} (run setup first)`);
      // Divisions beyond the nine of the sample type the sample of one of them.
      const sample = sampleData[division.name] ?? sampleFor(defaults.divisions[i % defaults.divisions.length]);
      for (const section of [...form.sections].reverse()) {
        const rows = sample[section.id] || [];
        const count = rowsPerSection ?? rows.length;
        if (rows.length === 0 || count === 0) continue;
        const values = sheet.getDataRange().getValues();
        const header = values.findIndex((r) => String(r[0]).startsWith(`${section.id}. `)) + 2;
        sheet.insertRowsAfter(header, count);
        const block = Array.from({ length: count }, (_, k) =>
          section.columns.map((c) => {
            const v = rows[k % rows.length][c.key];
            if (c.type === 'index') return k + 1;
            if (c.type === 'ratio' || v === undefined) return '';
            return c.type === 'date' && typeof v === 'string' && /^\d{4}-/.test(v) ? v.split('-').reverse().join('/') : v;
          }),
        );
        const width = section.columns.length;
        const ratio = section.columns.filter((c) => c.type === 'ratio').map((c) => c.column - 1);
        // Typed columns only: the computed columns keep their formulas.
        let start = 0;
        for (let c = 0; c <= width; c++) {
          if (c === width || ratio.includes(c)) {
            if (c > start) sheet.getRange(header + 1, start + 1, count, c - start).setValues(block.map((r) => r.slice(start, c)));
            start = c + 1;
          }
        }
      }
    });
  });
}

/** Puts these divisions into the settings tab (after a first setup), as the Office would type them. */
export function setDivisions(run: AppsScriptRun, divisions: { name: string; tabName: string; emails?: string }[]): void {
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName(SETTINGS_TAB)!;
    const values = sheet.getDataRange().getValues();
    const header = values.findIndex((r) => r[0] === 'Tên phòng, đơn vị') + 1;
    if (values.length > header) sheet.deleteRows(header + 1, values.length - header);
    sheet.getRange(header + 1, 1, divisions.length, 3).setValues(divisions.map((d) => [d.name, d.tabName, d.emails ?? '']));
  });
}

/** Sets one value of the settings tab by its label in column A (as the Office types it). */
export function setSetting(run: AppsScriptRun, label: string, value: unknown): void {
  const row = run.values(SETTINGS_TAB).findIndex((r) => r[0] === label) + 1;
  if (row === 0) throw new Error(`No settings row ${label}`);
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(SETTINGS_TAB)!.getRange(row, 2).setValue(value));
}

/** Sets the e-mails of a division's people (column C of its row in the settings tab). */
export function setDivisionEmails(run: AppsScriptRun, tabName: string, emails: string): void {
  const row = run.values(SETTINGS_TAB).findIndex((r) => r[1] === tabName) + 1;
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName(SETTINGS_TAB)!.getRange(row, 3).setValue(emails));
}

/** A set-up Sheet where every division typed the sample and the Office's e-mail is set; QLKH has its own person when given. */
export function sheetWithSample(divisionUser?: string): AppsScriptRun {
  const run = loadAppsScript();
  run.call('menuSetUp');
  setSetting(run, 'E-mail Văn phòng Sở', OFFICE);
  if (divisionUser) setDivisionEmails(run, 'QLKH', divisionUser);
  run.call('menuSetUp');
  typeSample(run);
  return run;
}
