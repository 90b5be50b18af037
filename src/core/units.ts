/**
 * What a row's unit says about its figures. One definition for the check, the report and the version changes: a row
 * the check reads as a rate is compared as a rate in the report (in points), never as a count (as a ratio).
 */
import { textKey } from './text';

/** A unit that says the row's figures are percentages: "%", "tỷ lệ %", "Tỷ lệ (%)", "phần trăm". */
export function isPercentUnit(unit: string): boolean {
  const u = textKey(unit);
  return u.includes('%') || u.includes('phần trăm');
}

/** Money counted in đồng ("đồng", "Việt Nam đồng"): written in triệu or tỷ đồng when large. */
export function isMoneyInDong(unit: string): boolean {
  return /^(việt nam )?đồng$/i.test(unit.trim());
}
