/**
 * The start of an item of sections II–V: what the division typed in its main cell (the shortcoming, task or target),
 * as a sentence. A row left without it (the check names that cell, the appendix counts it) is still said, since its
 * other cells are counted and read: its start names what is missing in the report's words ("Nhiệm vụ chưa nêu cụ
 * thể"), so the sentence stays whole and nothing the division typed is lost.
 */
import type { ReportItem } from '../check';
import { text } from './context';
import { asSentence } from './wording';

export function itemStart(item: ReportItem, key: string, what: string): string {
  return asSentence(text(item, key)) || `${what} chưa nêu cụ thể`;
}

/** The main cell of an item in a table of the report: as typed (its lines kept), or what is missing, as itemStart says it. */
export function itemCell(item: ReportItem, key: string, what: string): string {
  return asSentence(text(item, key)) ? text(item, key) : `${what} chưa nêu cụ thể`;
}
