/** Temporary folders and the sample workbooks the CLI tests start from. */
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { resolveForm } from '../../src/core/form';
import { sampleFor } from '../../src/core/sampleData';
import { Division, Settings, defaultSettings } from '../../src/core/settings';
import type { Io } from '../../src/cli/io';
import type { LoadedInputs, SettingsRefused } from '../../src/cli/loadInputs';
import { formWorkbook } from '../../src/cli/writeForm';
import { main } from '../../src/cli/main';
import { readFileSync } from 'fs';
import { all, readDocx, text } from '../render/docxReader';

export function tempDir(prefix = 'bao-cao-cli-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An Io that keeps what a command printed. */
export function captureIo(): Io & { lines: string[]; errors: string[]; all(): string } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), all: () => [...lines, ...errors].join('\n') };
}

export const settings: Settings = defaultSettings();
export const form = resolveForm(settings);

export function division(tabName: string): Division {
  const d = settings.divisions.find((x) => x.tabName === tabName);
  if (!d) throw new Error(`No division ${tabName}`);
  return d;
}

/** One division's filled sample as a workbook of one sheet, as a division sends it by e-mail. */
export async function writeDivisionFile(file: string, d: Division, options: { settingsSheet?: boolean; sheetName?: string; modified?: Date } = {}): Promise<void> {
  const workbook = formWorkbook(settings, form, { divisions: [d], settingsSheet: options.settingsSheet ?? false, sample: sampleFor });
  if (options.sheetName) workbook.getWorksheet(d.tabName)!.name = options.sheetName;
  // The save time the workbook records (docProps/core.xml); exceljs writes "now" without it.
  if (options.modified) workbook.modified = options.modified;
  await workbook.xlsx.writeFile(file);
}

/** The whole sample, every division in one workbook, as downloaded from the Google Sheet. */
export async function writeSampleWorkbook(file: string): Promise<void> {
  await formWorkbook(settings, form, { sample: sampleFor }).xlsx.writeFile(file);
}

/** A compound (OLE) file as Excel writes a password-protected workbook: EncryptionInfo and EncryptedPackage streams. */
export function encryptedWorkbookBytes(): Buffer {
  // SheetJS's CFB writer, a library independent of the reader under test.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const XLSX = require('xlsx') as typeof import('xlsx') & { CFB: { utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, data: Buffer): void }; write(c: unknown, o: { type: 'buffer' }): Buffer } };
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}

/** A legacy .xls: a compound file with a Workbook stream and no encryption. */
export function legacyXlsBytes(): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const XLSX = require('xlsx') as typeof import('xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Báo cáo']]), 'QLKH');
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
}

/** The inputs, when their settings were usable (a test whose settings are refused fails here, saying why). */
export function usable(load: LoadedInputs | SettingsRefused): LoadedInputs {
  if (!load.ok) throw new Error(`Settings refused: ${load.problems.map((p) => p.message).join(' | ')}`);
  return load;
}

/** A sheet's protection as exceljs reads it (not in its types): null when the sheet is not protected. */
export function protectionOf(sheet: import('exceljs').Worksheet): Record<string, unknown> | null {
  return (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
}

/** The command line run in this process at `now`, with its output captured. */
export async function runMain(args: string[], now: Date): Promise<{ code: number; io: ReturnType<typeof captureIo> }> {
  const io = captureIo();
  const code = await main(args, { io, now });
  return { code, io };
}

/** Every paragraph of a .docx (table cells included), one per line, as a reader sees them. */
export async function docxText(file: string): Promise<string> {
  return all((await readDocx(readFileSync(file))).document, 'p')
    .map(text)
    .join('\n');
}
