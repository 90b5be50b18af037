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
const EDIT_STAMP = 'editStamp:'; // + sheetId → milliseconds of the last edit (every edit), for the sidebar's poll
const LOCK_PENDING = 'lockPending:'; // + division name → '1' while a submitted tab still waits to be narrowed to the Office
const HISTORY_QUEUE = 'historyQueue:'; // + unique suffix → one history entry (JSON) not yet written to the history tab
const HISTORY_RECENT = 'historyRecent:'; // + division name → the last few history entries (JSON list), for the Office's sidebar

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

  /** A read-only view of properties already read (one getProperties() call spared). */
  static fromValues(values: Record<string, string>): DocumentState {
    return new DocumentState(PropertiesService.getDocumentProperties(), values);
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

  /**
   * Whether the division's tab stands submitted in some period. onEdit reads no settings (each call slows
   * typing), and "Sang kỳ báo cáo mới" removes the closing period's submissions, so only the current
   * period's (or a legacy one) can be found here.
   */
  submittedInSomePeriod(divisionName: string): boolean {
    return Object.keys(this.values).some((k) => k === SUBMITTED + divisionName || (k.startsWith(SUBMITTED) && k.endsWith(':' + divisionName)));
  }

  lastEdit(sheetId: number): string | null {
    return this.values[LAST_EDIT + sheetId] || null;
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }

  /**
   * The highest run number of any period: for reading without the settings (leadership's comments keep the
   * latest version's comments listed; after "Sang kỳ báo cáo mới" the closing period's last version counts
   * until the new period's runs pass it, which only keeps more comments in view).
   */
  latestRunCount(): number {
    return Math.max(
      0,
      ...Object.keys(this.values)
        .filter((k) => k === RUN_COUNTER || k.startsWith(RUN_COUNTER + ':'))
        .map((k) => Number(this.values[k]) || 0),
    );
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

  /** Every submission key of one period. */
  static submittedPrefix(periodId: string): string {
    return `${SUBMITTED}${periodId}:`;
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

  /** Every key starting with `prefix`, with its value (in key order). */
  withPrefix(prefix: string): [string, string][] {
    return Object.keys(this.values)
      .filter((k) => k.startsWith(prefix))
      .sort()
      .map((k) => [k, this.values[k]]);
  }

  static editStampKey(sheetId: number): string {
    return EDIT_STAMP + sheetId;
  }

  static lockPendingKey(divisionName: string): string {
    return LOCK_PENDING + divisionName;
  }

  static historyQueuePrefix(): string {
    return HISTORY_QUEUE;
  }

  static historyRecentKey(divisionName: string): string {
    return HISTORY_RECENT + divisionName;
  }

  static runCounterKey(periodId: string): string {
    return `${RUN_COUNTER}:${periodId}`;
  }
}
