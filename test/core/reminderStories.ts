/** Division reports and reminder inputs for the reminder tests: the sample's divisions, as the Office sees them on a day. */
import { buildDivisionReport, DivisionReport } from '../../src/core/divisionReport';
import { resolveForm } from '../../src/core/form';
import type { ReminderInput } from '../../src/core/reminders/plan';
import type { SentMail } from '../../src/core/reminders/log';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { defaultSettings, Division, Settings } from '../../src/core/settings';
import type { DivisionStatus } from '../../src/core/sidebarApi';
import { divisionTabLayout } from '../../src/core/tabLayout';

export const SHEET_URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

export function reminderSettings(change: (s: Settings) => void = () => undefined): Settings {
  const s = defaultSettings();
  s.officeEmails = ['vanphong@skhcn.gov.vn'];
  s.divisions = s.divisions.map((d, i) => ({ ...d, emails: [`nguoinhap${i}@skhcn.gov.vn`] }));
  change(s);
  return s;
}

/** A report in the status asked for: the sample (complete, or Thanh tra's, in progress), a blank tab, or a submission. */
export function reportIn(settings: Settings, division: Division, status: DivisionStatus): DivisionReport {
  const form = resolveForm(settings);
  const thanhTra = settings.divisions.find((d) => d.tabName === 'Thanh tra') ?? division;
  const grid =
    status === 'empty'
      ? divisionTabLayout(form, settings, division).map((r) => [...r.values])
      : filledDivisionGrid(form, settings, division, status === 'inProgress' ? sampleFor(thanhTra) : sampleFor(settings.divisions.find((d) => d.tabName === 'QLKH')!));
  return buildDivisionReport(division, grid, form, { today: settings.period.deadline }, status === 'submitted' ? { submittedAt: '2024-06-20T10:00', submittedBy: division.emails[0] ?? 'x' } : {});
}

export function inputFor(settings: Settings, today: string, statuses: DivisionStatus[], sent: SentMail[] = []): ReminderInput {
  const form = resolveForm(settings);
  return {
    settings,
    form,
    today,
    divisions: settings.divisions.map((d, i) => ({ report: reportIn(settings, d, statuses[i % statuses.length]), tabUrl: `${SHEET_URL}#gid=${100 + i}`, emailCell: `Cấu hình!C${40 + i}` })),
    sent,
    enabledFor: null,
    fallbackDigestTo: 'owner@skhcn.gov.vn',
  };
}
