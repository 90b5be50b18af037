/**
 * "bieu-mau --tach": one file per division, each holding the "Cấu hình" sheet (protected, so the period and
 * lists travel with the file and the checker reads the file alone with the right headers), the division's own
 * sheet, and the hidden lists sheet its dropdowns need. Names are ASCII, from the tab name: bieu-mau-QLKH.xlsx.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { resolveForm } from '../core/form';
import { sampleFor } from '../core/sampleData';
import type { Division, Settings } from '../core/settings';
import { outputProblem } from './paths';
import { formWorkbook } from './writeForm';

/** "Chi cục TĐC" → "Chi-cuc-TDC", "QLCN&TT" → "QLCN-TT": letters and digits of the name, case kept. */
export function asciiName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface SplitFile {
  division: Division;
  file: string;
}

/** One file name per division in `folder`, distinct even on a file system that ignores case. */
export function splitFiles(divisions: Division[], folder: string, prefix: string): SplitFile[] {
  const taken = new Set<string>();
  return divisions.map((division, i) => {
    const base = `${prefix}-${asciiName(division.tabName) || `phong-don-vi-${i + 1}`}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return { division, file: path.join(folder, `${name}.xlsx`) };
  });
}

/** Why the files cannot all be written (each problem once), before any is written: none or all. */
export function splitProblems(files: SplitFile[], inputs: string[], force: boolean): string[] {
  return files.map((f) => outputProblem(f.file, inputs, force)).filter((p): p is string => p !== null);
}

export async function writeSplitFiles(settings: Settings, files: SplitFile[], sample: boolean): Promise<void> {
  const form = resolveForm(settings);
  for (const { division, file } of files) {
    const workbook = formWorkbook(settings, form, { divisions: [division], protectSettings: true, ...(sample ? { sample: sampleFor } : {}) });
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await workbook.xlsx.writeFile(file);
  }
}
