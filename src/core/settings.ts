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
}

export interface Settings {
  period: ReportingPeriod;
  subject: string;
  basis: string[];
  taskDocuments: string[];
  targetDocuments: string[];
  letterhead: Letterhead;
  officeEmails: string[];
  leadershipEmails: string[];
  /** "Tổng hợp" includes divisions that are not complete (marked as such); false leaves them to the appendix. */
  includeIncomplete: boolean;
  /** "Tổng hợp" also keeps the .docx it converted, beside the Google Doc (some offices send Word files on). */
  keepDocx: boolean;
  divisions: Division[];
}

export function defaultSettings(): Settings {
  return JSON.parse(JSON.stringify(settingsJson)) as Settings;
}
