/**
 * What the add-on remembers about the Sheet, in document properties (any user of the Sheet may write them,
 * unlike protected tabs): which sheet belongs to which division, submissions, last edits, the run counter,
 * the archived periods. Submissions and the run counter belong to a period (core/periods/kind.ts periodId):
 * a new period starts with none. Keys written before periods were keyed (no period in them) count as the
 * current period's until "Sang kỳ báo cáo mới" archives and removes them. One getProperties() call reads everything.
 */
const DIVISION_SHEET = 'divisionSheet:'; // + sheetId → division name
const SUBMITTED = 'submitted:'; // + periodId + ':' + division name → {at, by}  (legacy: + division name)
const LAST_EDIT = 'lastEdit:'; // + sheetId → ISO date-time
const RUN_COUNTER = 'summaryRuns'; // + ':' + periodId  (legacy: alone)
const ARCHIVE = 'archive:'; // + periodId → sheetId of its archive tab
const LOG_ARCHIVED = 'logRowsArchived'; // rows of the log tab already in an archive
const LOCKED_RANGES = 'lockedRanges:'; // + sheetId → the A1 list protected at the last setup

export interface Submission {
  at: string;
  by: string;
}

export class DocumentState {
  private constructor(
    private readonly props: GoogleAppsScript.Properties.Properties,
    private readonly values: Record<string, string>,
  ) {}

  static load(): DocumentState {
    const props = PropertiesService.getDocumentProperties();
    return new DocumentState(props, props.getProperties());
  }

  /** sheetId → division name, for every sheet the add-on created. */
  divisionSheets(): Map<number, string> {
    const map = new Map<number, string>();
    for (const [key, value] of Object.entries(this.values)) if (key.startsWith(DIVISION_SHEET)) map.set(Number(key.slice(DIVISION_SHEET.length)), value);
    return map;
  }

  submission(periodId: string, divisionName: string): Submission | null {
    const raw = this.values[DocumentState.submittedKey(periodId, divisionName)] ?? this.values[SUBMITTED + divisionName];
    return raw ? (JSON.parse(raw) as Submission) : null;
  }

  lastEdit(sheetId: number): string | null {
    return this.values[LAST_EDIT + sheetId] || null;
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }

  runCount(periodId: string): number {
    return Number(this.values[DocumentState.runCounterKey(periodId)] || this.values[RUN_COUNTER] || '0');
  }

  /** periodId → sheet id of its archive tab. */
  archives(): Map<string, number> {
    const map = new Map<string, number>();
    for (const [key, value] of Object.entries(this.values)) if (key.startsWith(ARCHIVE)) map.set(key.slice(ARCHIVE.length), Number(value));
    return map;
  }

  logRowsArchived(): number {
    return Number(this.values[LOG_ARCHIVED] || '0');
  }

  /** Keys of submissions and runs written before they were keyed by period. */
  legacyPeriodKeys(): string[] {
    return Object.keys(this.values).filter((k) => k === RUN_COUNTER || (k.startsWith(SUBMITTED) && !/^submitted:\d{4}-[^:]+:/.test(k)));
  }

  /** Writes several keys in one call. */
  save(changes: Record<string, string>): void {
    this.props.setProperties(changes);
    Object.assign(this.values, changes);
  }

  remove(key: string): void {
    this.props.deleteProperty(key);
    delete this.values[key];
  }

  static divisionSheetKey(sheetId: number): string {
    return DIVISION_SHEET + sheetId;
  }

  static submittedKey(periodId: string, divisionName: string): string {
    return `${SUBMITTED}${periodId}:${divisionName}`;
  }

  /** A submission written before submissions were keyed by period. */
  static legacySubmittedKey(divisionName: string): string {
    return SUBMITTED + divisionName;
  }

  static archiveKey(periodId: string): string {
    return ARCHIVE + periodId;
  }

  static logRowsArchivedKey(): string {
    return LOG_ARCHIVED;
  }

  static lastEditKey(sheetId: number): string {
    return LAST_EDIT + sheetId;
  }

  static lockedRangesKey(sheetId: number): string {
    return LOCKED_RANGES + sheetId;
  }

  static runCounterKey(periodId: string): string {
    return `${RUN_COUNTER}:${periodId}`;
  }
}
