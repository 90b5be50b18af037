/**
 * What a row's unit says about its figures. One definition for the check, the report and the version changes: a row
 * the check reads as a rate is compared as a rate in the report (in points), never as a count (as a ratio).
 */
import { textKey } from './text';

/** The few units a report has, read once each: comparisons ask for a row's unit many times over (sorting, counting). */
const percentUnits = new Map<string, boolean>();

/** A unit that says the row's figures are percentages: "%", "tỷ lệ %", "Tỷ lệ (%)", "phần trăm". */
export function isPercentUnit(unit: string): boolean {
  let known = percentUnits.get(unit);
  if (known === undefined) {
    const u = textKey(unit);
    known = u.includes('%') || u.includes('phần trăm');
    if (percentUnits.size > 1000) percentUnits.clear();
    percentUnits.set(unit, known);
  }
  return known;
}

/** Money counted in đồng ("đồng", "Việt Nam đồng"): written in triệu or tỷ đồng when large. */
export function isMoneyInDong(unit: string): boolean {
  return /^(việt nam )?đồng$/i.test(unit.trim());
}
