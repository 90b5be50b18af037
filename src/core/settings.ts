/** The settings of one reporting period, kept by the Office in the "Cấu hình" tab. */
import settingsJson from '../../sheets-templates/settings.json';

export interface Division {
  /** Full name, as the report names it: "Phòng Quản lý khoa học". */
  name: string;
  /** The tab's name in the Sheet: "QLKH". */
  tabName: string;
  /** Who fills the tab in. */
  emails: string[];
}

export interface ReportingPeriod {
  year: number;
  periodLabel: string;
  prevYear: number;
  planYear: number;
  fiveYearStart: number;
  fiveYearEnd: number;
  /** ISO date, yyyy-mm-dd. */
  deadline: string;
  /** Data cut-off (ISO dates); '' or absent: by the rule of Nghị định 09/2019 (core/periods/cutoff.ts). */
  dataFrom?: string;
  dataTo?: string;
}

export interface Letterhead {
  parentAgency: string;
  agency: string;
  agencySymbol: string;
  /** The number given by the clerk ("05"); empty leaves room to write it. */
  documentNumber: string;
  place: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
  /** ISO date of the report's date line; empty: the day of the run. */
  reportDate: string;
}

/** What the settings say about one official document (văn bản), keyed by its symbol in Settings.documents. */
export interface DocumentDetails {
  /** "Quyết định", "Nghị quyết", "Công văn"… (proposed from the symbol when the Office did not write it). */
  kind: string;
  /** ISO date of issue, or '' when the settings do not give it (the report then names the document without a date). */
  date: string;
  /** "UBND tỉnh", or ''. */
  issuer: string;
  /** Trích yếu, "về việc …", or ''. */
  subject?: string;
}

/** When the add-on e-mails deadline reminders (src/core/reminders): Google Sheets only. */
export interface ReminderSettings {
  /** Calendar days before the deadline a reminder goes out (0: the deadline day itself), e.g. [3, 1]. */
  daysBefore: number[];
  /** Also every working day after the deadline, until the division submits or is complete. */
  afterDeadline: boolean;
  /** The hour of the day (0–23) the daily run is scheduled at; Apps Script picks a minute within it. */
  hour: number;
  /** ISO dates of public holidays: nothing is sent on them. */
  holidays: string[];
  /** Who gets the Office's digest; empty: the Office e-mails. */
  digestEmails: string[];
}

export interface Settings {
  period: ReportingPeriod;
  subject: string;
  /** The report's last sentence before Nơi nhận; {subject} is the subject line, lower-case first. */
  closingSentence: string;
  /** The letters the report answers: each a document line ("3148/UBND-TH | 14/06/2024 | UBND tỉnh | về việc …") or free text. */
  basis: string[];
  taskDocuments: string[];
  targetDocuments: string[];
  /** Kind, date and issuer of the task and target documents, by symbol; a symbol without an entry is named by its kind only. */
  documents: Record<string, DocumentDetails>;
  letterhead: Letterhead;
  officeEmails: string[];
  leadershipEmails: string[];
  /** "Tổng hợp" includes divisions that are not complete (marked as such); false leaves them to the appendix. */
  includeIncomplete: boolean;
  /** "Tổng hợp" also keeps the .docx it converted, beside the Google Doc (some offices send Word files on). */
  keepDocx: boolean;
  divisions: Division[];
  reminders: ReminderSettings;
}

export function defaultSettings(): Settings {
  return JSON.parse(JSON.stringify(settingsJson)) as Settings;
}
