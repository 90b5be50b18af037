/**
 * --so-voi: what the previous version reported, from the .json that tong-hop writes beside every .docx. The Office keeps
 * its reports in a folder; the divisions' files of the last version are often replaced by their corrections, while the
 * .json beside the .docx is exactly what that version reported (the same record the Google Sheet keeps per run).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { VersionRecord } from '../core/versions/record';
import { decodeRecord } from '../core/versions/storage';
import { displayPath } from './paths';

export const COMPARE_OPTION = '--so-voi';

/** The record beside a report: "bao-cao.docx" → "bao-cao.json". */
export function recordPathOf(docx: string): string {
  return path.extname(docx).toLowerCase() === '.docx' ? `${docx.slice(0, -5)}.json` : `${docx}.json`;
}

export type RecordReading = { ok: true; record: VersionRecord; file: string } | { ok: false; message: string };

/** The .json given, or the one beside the .docx given. */
export async function readVersionFile(given: string): Promise<RecordReading> {
  const file = path.extname(given).toLowerCase() === '.docx' ? recordPathOf(given) : given;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    const beside = file !== given ? ` (tệp dữ liệu ghi cạnh «${displayPath(given)}»)` : '';
    return { ok: false, message: `Không tìm thấy «${displayPath(file)}»${beside} cho ${COMPARE_OPTION}. Cho tệp .json mà lệnh tong-hop đã ghi cạnh báo cáo .docx của bản trước.` };
  }
  const record = decodeRecord(text);
  if (!record)
    return { ok: false, message: `«${displayPath(file)}» không phải tệp dữ liệu do lệnh tong-hop ghi cạnh báo cáo (hoặc đã bị sửa): không so sánh được. Cho đúng tệp .json của bản trước với ${COMPARE_OPTION}.` };
  return { ok: true, record, file };
}
