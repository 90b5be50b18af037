/** One division's contribution to a period: what it typed, what the check says, and its status. */
import { CheckOptions, DivisionCheck, checkDivision } from './check';
import type { ResolvedForm } from './form';
import type { Grid } from './grid';
import type { Division } from './settings';
import { DivisionStatus, STATUS_LABELS } from './sidebarApi';

export interface DivisionReport {
  division: Division;
  /** null when the division's tab or file was not found: nothing could be read. */
  check: DivisionCheck | null;
  status: DivisionStatus;
  statusLabel: string;
  errorCount: number;
  warningCount: number;
  /** ISO date-time, when the division marked its tab submitted. */
  submittedAt: string | null;
  submittedBy: string | null;
  /** ISO date-time of the last edit seen, when the source can tell. */
  lastEditedAt: string | null;
  /** Why nothing could be read, in Vietnamese, when check is null. */
  problem: string | null;
}

export interface DivisionMeta {
  submittedAt?: string | null;
  submittedBy?: string | null;
  lastEditedAt?: string | null;
}

export function divisionStatus(check: DivisionCheck | null, submitted: boolean): DivisionStatus {
  if (submitted) return 'submitted';
  if (!check || check.empty) return 'empty';
  return check.findings.some((f) => f.severity === 'error') ? 'inProgress' : 'complete';
}

/** True for the statuses the Office counts as "đã đủ": complete, or submitted. */
export function isComplete(report: DivisionReport): boolean {
  return report.status === 'complete' || report.status === 'submitted';
}

/** True when the division's tab holds at least one item: what the report counts as "đã báo cáo". */
export function hasItems(report: DivisionReport): boolean {
  return Boolean(report.check && !report.check.empty);
}

export function buildDivisionReport(division: Division, grid: Grid | null, form: ResolvedForm, options: CheckOptions, meta: DivisionMeta = {}, problem: string | null = null): DivisionReport {
  const check = grid ? checkDivision(grid, form, options) : null;
  const status = divisionStatus(check, Boolean(meta.submittedAt));
  return {
    division,
    check,
    status,
    statusLabel: STATUS_LABELS[status],
    errorCount: check ? check.findings.filter((f) => f.severity === 'error').length : 0,
    warningCount: check ? check.findings.filter((f) => f.severity === 'warning').length : 0,
    submittedAt: meta.submittedAt ?? null,
    submittedBy: meta.submittedBy ?? null,
    lastEditedAt: meta.lastEditedAt ?? null,
    problem: grid ? null : (problem ?? 'Không tìm thấy tab của phòng, đơn vị.'),
  };
}

/**
 * The date the check judges deadlines against: today, but never after the period's deadline,
 * so a report of an earlier period reads the same when it is checked again later.
 */
export function checkDate(deadlineIso: string, todayIso: string): string {
  return todayIso < deadlineIso ? todayIso : deadlineIso;
}
