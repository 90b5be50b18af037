/** The summary report of a period, built from every division's report: the document model both renderers draw. */
import { formatDateTime, formatLongDate } from '../dates';
import { DivisionReport, checkDate, hasItems, isComplete } from '../divisionReport';
import { ResolvedForm, fillPlaceholders, periodOfYear, placeholderValues, upper } from '../form';
import type { Settings } from '../settings';
import { changesSince } from '../versions/changes';
import { VersionRecord, versionRecord } from '../versions/record';
import { changesBlocks } from '../versions/wording';
import { buildAppendix } from './appendix';
import { Blocks, heading, paragraph } from './blocks';
import type { EarlierPeriod, SectionContext } from './context';
import { dataCutOff } from '../periods/cutoff';
import { DataPeriod, dataPeriodSentence } from './dataPeriod';
import { DocumentNames, readDocumentLine } from './documents';
import type { Appendix, Closing, HeadingBlockLines, SummaryDocument } from './model';
import { assignedTasksSection, nextTasksSection, proposalsSection, recommendationsSection, resultsSection, shortcomingsSection, targetsSection } from './sections';

export interface SummaryOptions {
  /** Local date-time of the run, 'YYYY-MM-DDTHH:MM'. */
  now: string;
  /** The run's number, for the file name ("bản 3"). */
  version?: number;
  /** The data cut-off; absent: the settings' (or the rule of Nghị định 09/2019 for the period, core/periods/cutoff.ts). */
  dataPeriod?: DataPeriod;
  /** The checked reports of the same period last year: section I compares with them ("so với cùng kỳ năm trước"). */
  samePeriodLastYear?: DivisionReport[];
  /** Earlier periods' reports, oldest first: section V says how each target's rating moved. */
  earlierPeriods?: EarlierPeriod[];
  /** What the previous run reported: the appendix opens with what changed since then. */
  previousVersion?: VersionRecord | null;
}

/** What this run reports, kept so the next run can say what changed (versions/record.ts). */
export function summaryRecord(reports: DivisionReport[], settings: Settings, form: ResolvedForm, run: { version: number; now: string }): VersionRecord {
  return versionRecord(includedReports(reports, settings), form, { version: run.version, time: run.now, period: periodOfYear(settings.period.periodLabel, settings.period.year) });
}

function pad2(text: string): string {
  return /^\d$/.test(text) ? `0${text}` : text;
}

/** The report's date: the one the Office set, or the day of the run. */
export function reportDate(settings: Settings, now: string): string {
  return settings.letterhead.reportDate || now.slice(0, 10);
}

/** "      /BC-SKHCN" or "05/BC-SKHCN": the number with its gap, the same in the heading and the appendix. */
function numberAndSymbol(settings: Settings): string {
  const l = settings.letterhead;
  const number = l.documentNumber.trim() ? pad2(l.documentNumber.trim()) : '       ';
  return `${number}/BC-${l.agencySymbol}`;
}

export function headingLines(settings: Settings, now: string): HeadingBlockLines {
  const l = settings.letterhead;
  return {
    parentAgency: upper(l.parentAgency),
    agency: upper(l.agency),
    number: `Số: ${numberAndSymbol(settings)}`,
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDate: `${l.place}, ${formatLongDate(reportDate(settings, now))}`,
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

/**
 * "8/9 phòng, đơn vị đã báo cáo đầy đủ; báo cáo chưa đầy đủ: …; chưa báo cáo: …" without the final period:
 * the report's count, which the command line repeats word for word.
 */
export function reportingLine(reports: DivisionReport[], settings: Settings): string {
  const complete = reports.filter((r) => hasItems(r) && isComplete(r));
  const partial = reports.filter((r) => hasItems(r) && !isComplete(r));
  const missing = reports.filter((r) => !hasItems(r));
  const names = (list: DivisionReport[]) => list.map((r) => r.division.name).join(', ');
  let line = `${complete.length}/${reports.length} phòng, đơn vị đã báo cáo đầy đủ`;
  const leftOut = settings.includeIncomplete ? '' : ' (chưa đưa vào báo cáo này)';
  line += partial.length ? `; báo cáo chưa đầy đủ${leftOut}: ${names(partial)}` : '';
  line += missing.length ? `; chưa báo cáo: ${names(missing)}` : '';
  return line;
}

/** A basis line in the document form is named officially, with its subject; free text is written as the Office typed it. */
function basisText(line: string, documents: DocumentNames): string {
  if (!line.includes('|')) return line;
  const reading = readDocumentLine(line);
  return reading.ok ? documents.cite(reading.line.symbol, reading.line.details) : line;
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;
}

function opening(reports: DivisionReport[], settings: Settings, subject: string, documents: DocumentNames, cutoff: DataPeriod | null): Blocks {
  const blocks: Blocks = [];
  const basis = settings.basis.length ? `Thực hiện ${settings.basis.map((line) => basisText(line, documents)).join('; ')}; trên` : 'Trên';
  blocks.push(paragraph(`${basis} cơ sở báo cáo của các phòng, đơn vị thuộc Sở, Sở báo cáo ${lowerFirst(subject)} như sau:`));
  blocks.push(paragraph(`${reportingLine(reports, settings)}.`));
  const cutoffSentence = cutoff ? dataPeriodSentence(cutoff) : null;
  if (cutoffSentence) blocks.push(paragraph(cutoffSentence));
  return blocks;
}

/** "Trên đây là báo cáo … của Sở Khoa học và Công nghệ./." (settings.closingSentence, {subject} lower-case first). */
export function closingSentence(settings: Settings, subject: string): string {
  return fillPlaceholders(settings.closingSentence, { subject: lowerFirst(subject) });
}

/** Marks an incomplete division the first time the report names it, and never again. */
function divisionNamer(): (report: DivisionReport) => string {
  const named = new Set<string>();
  return (report) => {
    const first = !named.has(report.division.name);
    named.add(report.division.name);
    return first && !isComplete(report) ? `${report.division.name} (báo cáo chưa đầy đủ)` : report.division.name;
  };
}

export function summaryFileName(settings: Settings, now: string, version?: number): string {
  const p = settings.period;
  const run = version ? `bản ${version}, ` : '';
  return `Báo cáo tổng hợp KT-XH ${periodOfYear(p.periodLabel, p.year)} (${run}${formatDateTime(now)})`;
}

export function buildSummary(reports: DivisionReport[], settings: Settings, form: ResolvedForm, options: SummaryOptions): SummaryDocument {
  const values = placeholderValues(settings);
  const upperValues: Record<string, string> = { ...values };
  for (const [k, v] of Object.entries(values)) upperValues[k.toUpperCase()] = upper(v);
  const subject = fillPlaceholders(settings.subject, values);
  const included = includedReports(reports, settings);
  const ctx: SectionContext = {
    reports: included,
    settings,
    checkedOn: checkDate(settings.period.deadline, options.now.slice(0, 10)),
    values: upperValues,
    name: divisionNamer(),
    documents: new DocumentNames(settings.documents ?? {}),
    ...(options.samePeriodLastYear ? { samePeriodLastYear: options.samePeriodLastYear } : {}),
    ...(options.earlierPeriods ? { earlierPeriods: options.earlierPeriods } : {}),
  };
  const heading = headingLines(settings, options.now);
  return {
    fileName: summaryFileName(settings, options.now, options.version),
    heading,
    documentType: 'BÁO CÁO',
    subject,
    body: [
      ...opening(reports, settings, subject, ctx.documents, options.dataPeriod ?? dataCutOff(settings.period)),
      ...resultsSection(ctx),
      ...shortcomingsSection(ctx),
      ...nextTasksSection(ctx),
      ...assignedTasksSection(ctx),
      ...targetsSection(ctx),
      ...proposalsSection(ctx),
      ...recommendationsSection(ctx),
      paragraph(closingSentence(settings, subject)),
    ],
    closing: closing(settings),
    appendix: withChanges(
      buildAppendix(reports, form, options.now, `Báo cáo số ${numberAndSymbol(settings)} ${formatLongDate(reportDate(settings, options.now))}`),
      options.previousVersion ? changesSince(options.previousVersion, summaryRecord(reports, settings, form, { version: options.version ?? options.previousVersion.version + 1, now: options.now }), form) : null,
    ),
  };
}

/**
 * What changed since the previous version opens the appendix: the body stays the letter that is signed and sent up,
 * while the appendix is already where leadership reads about the inputs (who is missing what) at the time of the run.
 */
function withChanges(appendix: Appendix, changes: ReturnType<typeof changesSince>): Appendix {
  return changes ? { ...appendix, blocks: [...changesBlocks(changes), heading(2, 'Tình hình báo cáo tại thời điểm tổng hợp'), ...appendix.blocks] } : appendix;
}
