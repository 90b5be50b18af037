/** The data cut-off sentence of the opening ("Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024."); the dates come from core/periods/cutoff.ts. */
import type { DataCutOff } from '../periods/cutoff';
import { shortDateInText } from './wording';

export type DataPeriod = DataCutOff;

/** The sentence, or null when neither the settings nor the rule give both dates (a period the cycle does not know). */
export function dataPeriodSentence(p: DataPeriod): string | null {
  return p.from && p.to ? `Số liệu tính từ ngày ${shortDateInText(p.from)} đến ngày ${shortDateInText(p.to)}.` : null;
}
