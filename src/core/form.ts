/** The report form as data (sheets-templates/form.json) and its placeholders resolved for a period. */
import formJson from '../../sheets-templates/form.json';
import type { Settings } from './settings';

export const SECTION_IDS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type ColumnType = 'index' | 'text' | 'number' | 'date' | 'list' | 'ratio';
export type ListSource = 'taskDocuments' | 'targetDocuments';

export interface FormColumn {
  key: string;
  header: string;
  type: ColumnType;
  required?: boolean;
  width: number;
  note: string;
  options?: string[];
  optionsFrom?: ListSource;
  ratio?: { numerator: string; denominator: string };
}

export interface FormSection {
  id: SectionId;
  title: string;
  required: boolean;
  blankRows: number;
  columns: FormColumn[];
}

export interface FormTemplate {
  nonCumulativeUnits: string[];
  sections: FormSection[];
}

/** A column with its header, note and list resolved for the current settings. */
export interface ResolvedColumn extends FormColumn {
  /** 1-based column in the tab. */
  column: number;
  /** The header as the template writes it, placeholders kept: used to recognise headers of another period. */
  headerTemplate: string;
  options?: string[];
}

export interface ResolvedSection {
  id: SectionId;
  /** "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024, …" as written in the tab. */
  title: string;
  /** Sentence-case title without the numeral, for the report. */
  plainTitle: string;
  titleTemplate: string;
  required: boolean;
  blankRows: number;
  columns: ResolvedColumn[];
}

export interface ResolvedForm {
  nonCumulativeUnits: string[];
  sections: ResolvedSection[];
}

export const defaultForm: FormTemplate = formJson as FormTemplate;

/** The values that replace {year}, {period}… in titles, headers and notes. */
export function placeholderValues(settings: Settings): Record<string, string> {
  const p = settings.period;
  return {
    year: String(p.year),
    prevYear: String(p.prevYear),
    planYear: String(p.planYear),
    period: p.periodLabel,
    periodYear: periodOfYear(p.periodLabel, p.year),
    fiveYearStart: String(p.fiveYearStart),
    fiveYearEnd: String(p.fiveYearEnd),
    fiveYearPeriod: `${p.fiveYearStart}–${p.fiveYearEnd}`,
  };
}

/** "6 tháng đầu năm" + 2024 → "6 tháng đầu năm 2024"; "Quý I" + 2024 → "Quý I năm 2024". */
export function periodOfYear(periodLabel: string, year: number): string {
  return /năm$/i.test(periodLabel.trim()) ? `${periodLabel.trim()} ${year}` : `${periodLabel.trim()} năm ${year}`;
}

export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name] : whole));
}

/** Vietnamese-aware upper case (JS handles the diacritics). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

export function resolveForm(settings: Settings, form: FormTemplate = defaultForm): ResolvedForm {
  const values = placeholderValues(settings);
  return {
    nonCumulativeUnits: form.nonCumulativeUnits,
    sections: form.sections.map((section) => {
      const plainTitle = fillPlaceholders(section.title, values);
      return {
        id: section.id,
        title: `${section.id}. ${upper(plainTitle)}`,
        plainTitle,
        titleTemplate: section.title,
        required: section.required,
        blankRows: section.blankRows,
        columns: section.columns.map((col, i) => ({
          ...col,
          column: i + 1,
          headerTemplate: col.header,
          header: fillPlaceholders(col.header, values),
          note: fillPlaceholders(col.note, values),
          options: col.optionsFrom ? settings[col.optionsFrom] : col.options,
        })),
      };
    }),
  };
}

/** The widest section decides how many columns a division tab uses. */
export function formWidth(form: ResolvedForm): number {
  return Math.max(...form.sections.map((s) => s.columns.length));
}

export function sectionById(form: ResolvedForm, id: SectionId): ResolvedSection {
  const s = form.sections.find((x) => x.id === id);
  if (!s) throw new Error(`Section ${id} is not in the form`);
  return s;
}

export function columnByKey(section: ResolvedSection, key: string): ResolvedColumn {
  const c = section.columns.find((x) => x.key === key);
  if (!c) throw new Error(`Column ${key} is not in section ${section.id}`);
  return c;
}
