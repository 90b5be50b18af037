/** The summary report of a period, built from every division's report: the document model both renderers draw. */
import { formatDateTime, formatLongDate } from '../dates';
import { DivisionReport, hasItems, isComplete } from '../divisionReport';
import { ResolvedForm, fillPlaceholders, periodOfYear, placeholderValues, upper } from '../form';
import type { Settings } from '../settings';
import { buildAppendix } from './appendix';
import { Blocks, paragraph } from './blocks';
import type { Closing, HeadingBlockLines, SummaryDocument } from './model';
import { SectionContext, assignedTasksSection, nextTasksSection, proposalsSection, recommendationsSection, resultsSection, shortcomingsSection, targetsSection } from './sections';

export interface SummaryOptions {
  /** Local date-time of the run, 'YYYY-MM-DDTHH:MM'. */
  now: string;
  /** The run's number, for the file name ("bản 3"). */
  version?: number;
}

function pad2(text: string): string {
  return /^\d$/.test(text) ? `0${text}` : text;
}

export function headingLines(settings: Settings, now: string): HeadingBlockLines {
  const l = settings.letterhead;
  const number = l.documentNumber.trim() ? pad2(l.documentNumber.trim()) : '       ';
  return {
    parentAgency: upper(l.parentAgency),
    agency: upper(l.agency),
    number: `Số: ${number}/BC-${l.agencySymbol}`,
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: `${l.place}, ${formatLongDate(now.slice(0, 10))}`,
  };
}

/** Nơi nhận: every line "- …;" and the last "- Lưu: VT, VP." as Decree 30 writes them. */
export function closing(settings: Settings): Closing {
  const lines = settings.letterhead.recipients.map((r) => r.trim().replace(/[;.]+$/, '')).filter((r) => r !== '');
  return {
    recipientsLabel: 'Nơi nhận:',
    recipients: lines.map((r, i) => `- ${r}${i === lines.length - 1 ? '.' : ';'}`),
    authority: [upper(settings.letterhead.signerAuthority), upper(settings.letterhead.signerTitle)].filter((x) => x !== ''),
    signerName: settings.letterhead.signerName,
  };
}

/** The divisions whose figures the body uses: all of them, or only the complete ones (settings.includeIncomplete). */
export function includedReports(reports: DivisionReport[], settings: Settings): DivisionReport[] {
  return settings.includeIncomplete ? reports : reports.filter(isComplete);
}

/** "7/9 phòng, đơn vị đã báo cáo; chưa báo cáo: …; báo cáo chưa đầy đủ: …" without the final period: the report's count, which the command line repeats. */
export function reportingLine(reports: DivisionReport[], settings: Settings): string {
  const reported = reports.filter(hasItems);
  const missing = reports.filter((r) => !hasItems(r));
  const partial = reported.filter((r) => !isComplete(r));
  let line = `${reported.length}/${reports.length} phòng, đơn vị đã báo cáo`;
  line += missing.length ? `; chưa báo cáo: ${missing.map((r) => r.division.name).join(', ')}` : '';
  const leftOut = settings.includeIncomplete ? '' : ' (chưa đưa vào báo cáo này)';
  line += partial.length ? `; báo cáo chưa đầy đủ${leftOut}: ${partial.map((r) => `${r.division.name} (còn ${r.errorCount} lỗi)`).join(', ')}` : '';
  return line;
}

function opening(reports: DivisionReport[], settings: Settings, subject: string): Blocks {
  const blocks: Blocks = [];
  const basis = settings.basis.length ? `Thực hiện ${settings.basis.join('; ')}; trên` : 'Trên';
  blocks.push(paragraph(`${basis} cơ sở báo cáo của các phòng, đơn vị thuộc Sở, Sở báo cáo ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)} như sau:`));
  blocks.push(paragraph(`${reportingLine(reports, settings)}.`));
  return blocks;
}

export function summaryFileName(settings: Settings, now: string, version?: number): string {
  const p = settings.period;
  const run = version ? `bản ${version}, ` : '';
  return `Báo cáo tổng hợp KT-XH ${periodOfYear(p.periodLabel, p.year)} (${run}${formatDateTime(now)})`;
}

export function buildSummary(reports: DivisionReport[], settings: Settings, _form: ResolvedForm, options: SummaryOptions): SummaryDocument {
  const values = placeholderValues(settings);
  const upperValues: Record<string, string> = { ...values };
  for (const [k, v] of Object.entries(values)) upperValues[k.toUpperCase()] = upper(v);
  const subject = fillPlaceholders(settings.subject, values);
  const included = includedReports(reports, settings);
  const ctx: SectionContext = {
    reports: included,
    settings,
    values: upperValues,
    label: (r) => (isComplete(r) ? r.division.name : `${r.division.name}, báo cáo chưa đầy đủ`),
    title: (r) => (isComplete(r) ? r.division.name : `${r.division.name} (báo cáo chưa đầy đủ)`),
  };
  const heading = headingLines(settings, options.now);
  return {
    fileName: summaryFileName(settings, options.now, options.version),
    heading,
    documentType: 'BÁO CÁO',
    subject,
    body: [
      ...opening(reports, settings, subject),
      ...resultsSection(ctx),
      ...shortcomingsSection(ctx),
      ...nextTasksSection(ctx),
      ...assignedTasksSection(ctx),
      ...targetsSection(ctx),
      ...proposalsSection(ctx),
      ...recommendationsSection(ctx),
    ],
    closing: closing(settings),
    appendix: buildAppendix(reports, options.now, `Báo cáo ${heading.number.replace(/^Số:\s*/, 'số ').replace(/\s+\//, ' /')} ${formatLongDate(options.now.slice(0, 10))}`),
  };
}
