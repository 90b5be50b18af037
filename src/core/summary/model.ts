/**
 * The summary report as a document model, independent of any renderer.
 * The Google Doc renderer (src/gas) and the .docx renderer (src/cli) both draw exactly this.
 * Formatting rules that are the same for every report (sizes, margins, fonts) live in ./format.ts.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** I. / 1. / a) headings of Decree 30: level 1 UPPERCASE bold, level 2 bold, level 3 italic. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /**
   * Headings are not justified (a justified two-line heading spreads its first line and leaves a lone word on the second):
   * renderers align them as told here; absent means 'left'.
   */
  align?: Alignment;
}

/** A body paragraph: justified, first-line indent, unless told otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  /** Defaults: 'justify' and a first-line indent. */
  align?: Alignment;
  indent?: boolean;
}

export interface TableColumn {
  header: string;
  align: Alignment;
  /** Share of the table width, the shares of a table add up to 100. */
  width: number;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Body rows, already formatted as text (numbers the Vietnamese way). */
  rows: string[][];
  /**
   * Tables with the same group (the division tables of section I) show the same columns and must look the same:
   * a renderer sizes their columns once, from the content of all of them, and gives every table of the group those widths.
   */
  widthGroup?: string;
}

/** A bar chart of a few counts; a renderer that cannot draw one writes `fallback` instead. */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  bars: { label: string; value: number }[];
  fallback: string;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ChartBlock;

export interface HeadingBlockLines {
  /** "UBND TỈNH BẮC GIANG" */
  parentAgency: string;
  /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" */
  agency: string;
  /** "Số:      /BC-SKHCN" or "Số: 05/BC-SKHCN" */
  number: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
  nationalTitle: string;
  /** "Độc lập - Tự do - Hạnh phúc" */
  motto: string;
  /** "Bắc Giang, ngày 05 tháng 01 năm 2025" */
  placeDate: string;
}

export interface Closing {
  /** "Nơi nhận:" then lines "- Như trên;" … "- Lưu: VT, VP." */
  recipientsLabel: string;
  recipients: string[];
  /** ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] */
  authority: string[];
  signerName: string;
}

export interface Appendix {
  /** "Phụ lục" */
  label: string;
  /** UPPERCASE title */
  title: string;
  /** Italic line under the title: when the figures were taken. */
  subtitle: string;
  blocks: Block[];
  /** The appendix table is wide: renderers that can should put it on landscape pages. */
  landscape: boolean;
}

export interface SummaryDocument {
  /** File name of the Doc / .docx, without extension. */
  fileName: string;
  heading: HeadingBlockLines;
  /** "BÁO CÁO" */
  documentType: string;
  /** Sentence-case subject line. */
  subject: string;
  body: Block[];
  closing: Closing;
  appendix: Appendix;
}
