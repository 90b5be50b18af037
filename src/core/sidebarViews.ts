/** Division reports turned into what the sidebar shows (plain objects, no Date). */
import { daysBetween } from './dates';
import { DivisionReport, isComplete } from './divisionReport';
import { ResolvedForm, periodOfYear } from './form';
import type { Settings } from './settings';
import { DivisionView, OfficeView, SectionFindings } from './sidebarApi';

export function divisionView(report: DivisionReport, form: ResolvedForm, userIsOffice: boolean): DivisionView {
  const check = report.check;
  const groups: SectionFindings[] = [];
  if (report.problem) groups.push({ sectionId: '', title: 'Toàn tab', findings: [{ severity: 'error', cell: 'A1', message: report.problem }] });
  if (check) {
    const whole = check.findings.filter((f) => f.sectionId === null);
    if (whole.length) groups.push({ sectionId: '', title: 'Toàn tab', findings: whole.map((f) => ({ severity: f.severity, cell: f.cell, message: f.message })) });
    for (const section of form.sections) {
      const findings = check.findings.filter((f) => f.sectionId === section.id);
      if (findings.length) groups.push({ sectionId: section.id, title: `${section.id}. ${section.plainTitle}`, findings: findings.map((f) => ({ severity: f.severity, cell: f.cell, message: f.message })) });
    }
  }
  const required = check ? check.requiredCells : 0;
  const filled = check ? check.filledCells : 0;
  return {
    divisionName: report.division.name,
    tabName: report.division.tabName,
    status: report.status,
    statusLabel: report.statusLabel,
    progressPercent: required ? Math.round((filled / required) * 100) : 0,
    filledCells: filled,
    requiredCells: required,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    groups,
    submittedAt: report.submittedAt,
    submittedBy: report.submittedBy,
    canSubmit: report.status === 'complete',
    canReopen: userIsOffice && report.status === 'submitted',
  };
}

export function officeView(reports: DivisionReport[], settings: Settings, today: string): OfficeView {
  return {
    periodLabel: periodOfYear(settings.period.periodLabel, settings.period.year),
    deadline: settings.period.deadline,
    daysLeft: daysBetween(today, settings.period.deadline),
    divisions: reports.map((r) => ({
      divisionName: r.division.name,
      tabName: r.division.tabName,
      status: r.status,
      statusLabel: r.statusLabel,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      lastEditedAt: r.lastEditedAt,
    })),
    completeCount: reports.filter(isComplete).length,
  };
}
