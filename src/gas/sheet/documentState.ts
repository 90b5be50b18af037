/**
 * What the add-on remembers about the Sheet, in document properties (any user of the Sheet may write them,
 * unlike protected tabs): which sheet belongs to which division, submissions, last edits, the run counter.
 * One getProperties() call reads everything.
 */
const DIVISION_SHEET = 'divisionSheet:'; // + sheetId → division name
const SUBMITTED = 'submitted:'; // + division name → {at, by}
const LAST_EDIT = 'lastEdit:'; // + sheetId → ISO date-time
const RUN_COUNTER = 'summaryRuns';
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

  /** sheetId → division name, for every sheet the add-on created. */
  divisionSheets(): Map<number, string> {
    const map = new Map<number, string>();
    for (const [key, value] of Object.entries(this.values)) if (key.startsWith(DIVISION_SHEET)) map.set(Number(key.slice(DIVISION_SHEET.length)), value);
    return map;
  }

  submission(divisionName: string): Submission | null {
    const raw = this.values[SUBMITTED + divisionName];
    return raw ? (JSON.parse(raw) as Submission) : null;
  }

  lastEdit(sheetId: number): string | null {
    return this.values[LAST_EDIT + sheetId] || null;
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }

  runCount(): number {
    return Number(this.values[RUN_COUNTER] || '0');
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

  static submittedKey(divisionName: string): string {
    return SUBMITTED + divisionName;
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

  static runCounterKey(): string {
    return RUN_COUNTER;
  }
}
