/**
 * Installable triggers of the ScriptApp fake: newTrigger(fn).timeBased().atHour(h).everyDays(1).create(),
 * newTrigger(fn).forSpreadsheet(ss).onOpen()/onEdit()/onChange().create(), getProjectTriggers(),
 * getUserTriggers(spreadsheet), deleteTrigger(trigger). Each trigger belongs to the user who created it
 * and to the document it was created in; a user sees only their own. As for an add-on, one user may hold
 * one time-driven trigger per document (a second create throws Google's error), fired at most hourly.
 * Tests fire triggers themselves (the fake has no clock): `store.triggers` lists what exists.
 */
import { CallCounter, GasException, counted, signatureError, unwrap } from './callCounter';

export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE' } as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;

export const TOO_MANY_CLOCK_TRIGGERS = 'This add-on has created too many time-based triggers in this document for this Google user account.';

export interface TriggerRecord {
  id: string;
  handler: string;
  owner: string;
  /** The document the trigger was created in. */
  documentId: string;
  eventType: (typeof EventType)[keyof typeof EventType];
  /** Clock triggers: the hour and the interval in days (or hours). */
  atHour?: number;
  everyDays?: number;
  everyHours?: number;
}

export interface TriggerStore {
  triggers: TriggerRecord[];
  counter: CallCounter;
  currentUser(): string;
  documentId(): string;
  /** True: the add-on limits apply (one clock trigger per user per document, at most hourly). */
  addOn: boolean;
}

export function createTriggerStore(options: { counter: CallCounter; currentUser: () => string; documentId: () => string; addOn?: boolean }): TriggerStore {
  return { triggers: [], counter: options.counter, currentUser: options.currentUser, documentId: options.documentId, addOn: options.addOn ?? true };
}

let nextId = 1;

export class FakeTrigger {
  constructor(readonly _record: TriggerRecord) {}
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getEventType(): string {
    return this._record.eventType;
  }
  getTriggerSource(): string {
    return this._record.eventType === EventType.CLOCK ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
  }
  getTriggerSourceId(): string | null {
    return this._record.eventType === EventType.CLOCK ? null : this._record.documentId;
  }
  getUniqueId(): string {
    return this._record.id;
  }
}

function triggerApi(record: TriggerRecord, store: TriggerStore): FakeTrigger {
  return counted(new FakeTrigger(record), 'Trigger', store.counter);
}

function install(store: TriggerStore, record: Omit<TriggerRecord, 'id' | 'owner' | 'documentId'>, documentId = store.documentId()): FakeTrigger {
  const owner = store.currentUser();
  if (store.addOn && record.eventType === EventType.CLOCK && store.triggers.some((t) => t.eventType === EventType.CLOCK && t.owner === owner && t.documentId === documentId)) {
    throw new GasException(TOO_MANY_CLOCK_TRIGGERS);
  }
  const full: TriggerRecord = { ...record, id: String(nextId++), owner, documentId };
  store.triggers.push(full);
  return triggerApi(full, store);
}

export class FakeClockTriggerBuilder {
  private atHourValue: number | undefined;
  private everyDaysValue: number | undefined;
  private everyHoursValue: number | undefined;
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}
  private self(): FakeClockTriggerBuilder {
    return counted(this, 'ClockTriggerBuilder', this.store.counter);
  }
  atHour(hour: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new GasException(`Invalid argument: hour (${hour}); must be an integer from 0 to 23.`);
    this.atHourValue = hour;
    return this.self();
  }
  nearMinute(minute: number): FakeClockTriggerBuilder {
    if (typeof minute !== 'number') throw signatureError([minute], 'ClockTriggerBuilder.nearMinute');
    return this.self();
  }
  everyDays(n: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw new GasException(`Invalid argument: ${n}`);
    this.everyDaysValue = n;
    return this.self();
  }
  everyHours(n: number): FakeClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw new GasException('The recurrence interval for an hourly trigger must be 1, 2, 4, 6, 8 or 12.');
    this.everyHoursValue = n;
    return this.self();
  }
  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (this.store.addOn) throw new GasException('Add-ons may not create time-based triggers that run more often than once an hour.');
    throw new GasException(`everyMinutes(${n}) is not modelled by the fake.`);
  }
  inTimezone(timezone: string): FakeClockTriggerBuilder {
    if (typeof timezone !== 'string') throw signatureError([timezone], 'ClockTriggerBuilder.inTimezone');
    return this.self();
  }
  create(): FakeTrigger {
    if (this.everyDaysValue === undefined && this.everyHoursValue === undefined) throw new GasException('Recurrence is not set: call everyDays, everyHours or everyWeeks before create().');
    if (this.atHourValue !== undefined && this.everyDaysValue === undefined) throw new GasException('atHour() requires a daily or weekly recurrence (everyDays, everyWeeks).');
    return install(this.store, { handler: this.handler, eventType: EventType.CLOCK, atHour: this.atHourValue, everyDays: this.everyDaysValue, everyHours: this.everyHoursValue });
  }
}

export class FakeSpreadsheetTriggerBuilder {
  private eventType: TriggerRecord['eventType'] | null = null;
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly documentId: string,
  ) {}
  private on(type: TriggerRecord['eventType']): FakeSpreadsheetTriggerBuilder {
    this.eventType = type;
    return counted(this, 'SpreadsheetTriggerBuilder', this.store.counter);
  }
  onOpen(): FakeSpreadsheetTriggerBuilder {
    return this.on(EventType.ON_OPEN);
  }
  onEdit(): FakeSpreadsheetTriggerBuilder {
    return this.on(EventType.ON_EDIT);
  }
  onChange(): FakeSpreadsheetTriggerBuilder {
    return this.on(EventType.ON_CHANGE);
  }
  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return this.on(EventType.ON_FORM_SUBMIT);
  }
  create(): FakeTrigger {
    if (!this.eventType) throw new GasException('Choose the event (onOpen, onEdit, onChange, onFormSubmit) before create().');
    return install(this.store, { handler: this.handler, eventType: this.eventType }, this.documentId);
  }
}

export class FakeTriggerBuilder {
  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}
  timeBased(): FakeClockTriggerBuilder {
    return counted(new FakeClockTriggerBuilder(this.store, this.handler), 'ClockTriggerBuilder', this.store.counter);
  }
  forSpreadsheet(spreadsheet: unknown): FakeSpreadsheetTriggerBuilder {
    const raw = unwrap(spreadsheet) as { getId?: () => string } | string;
    const id = typeof raw === 'string' ? raw : raw?.getId?.();
    if (!id) throw signatureError([spreadsheet], 'TriggerBuilder.forSpreadsheet');
    return counted(new FakeSpreadsheetTriggerBuilder(this.store, this.handler, id), 'SpreadsheetTriggerBuilder', this.store.counter);
  }
}

/** The trigger methods and enums of ScriptApp (FakeScriptApp in services.ts extends this). */
export class ScriptTriggers {
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  constructor(readonly _triggers: TriggerStore) {}
  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw signatureError([functionName], 'ScriptApp.newTrigger');
    return counted(new FakeTriggerBuilder(this._triggers, functionName), 'TriggerBuilder', this._triggers.counter);
  }
  getProjectTriggers(): FakeTrigger[] {
    const user = this._triggers.currentUser();
    return this._triggers.triggers.filter((t) => t.owner === user).map((t) => triggerApi(t, this._triggers));
  }
  getUserTriggers(document: unknown): FakeTrigger[] {
    const raw = unwrap(document) as { getId?: () => string };
    if (!raw || typeof raw.getId !== 'function') throw signatureError([document], 'ScriptApp.getUserTriggers');
    const id = raw.getId();
    const user = this._triggers.currentUser();
    return this._triggers.triggers.filter((t) => t.owner === user && t.documentId === id).map((t) => triggerApi(t, this._triggers));
  }
  deleteTrigger(trigger: unknown): void {
    const raw = unwrap(trigger);
    if (!(raw instanceof FakeTrigger)) throw signatureError([trigger], 'ScriptApp.deleteTrigger');
    const at = this._triggers.triggers.findIndex((t) => t.id === raw._record.id);
    if (at >= 0) this._triggers.triggers.splice(at, 1);
  }
}
