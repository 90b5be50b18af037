/**
 * Everything a script sees as globals, wired together with one call counter:
 * SpreadsheetApp, Session, LockService, PropertiesService, DriveApp, HtmlService, ScriptApp (with triggers), MailApp,
 * Utilities, MimeType, Logger and console — and none of Node's globals (no Buffer, TextEncoder,
 * setTimeout, setImmediate, process, require), as in Apps Script. Session, Utilities, Logger and ScriptApp live here (they are small).
 *
 *   const g = createGoogleServices({ userEmail: 'a@x.vn', htmlFiles: { sidebar: html } });
 *   const ctx = g.createContext();              // vm context whose globals are g.globals
 *   vm.runInContext(bundle, ctx);
 *   g.calls.reset();
 *   vm.runInContext('onOpen()', ctx);
 *   expect(g.ui.menus[0].entries).toEqual([...]);
 *
 * Other fakes join the same globals and counter: g.globals.DocumentApp = createDocumentApp({
 * counter: g.calls, drive: g.drive }).service — before createContext, or on the context after.
 */
import { randomUUID } from 'crypto';
import vm from 'vm';
import { CallCounter, GasException, counted, createCallCounter, isDate, signatureError } from './callCounter';
import { FAKE_MIME_TYPES, FakeBlob, newBlob } from './blob';
import { FakeDrive, FakeUser, createDriveApp, userApi } from './driveApp';
import { FakeHtmlService, UiLog, createHtmlService, createUiLog } from './htmlService';
import { FakeLockServiceApi, LockControl, createLockService } from './lockService';
import { FakePropertiesServiceApi, PropertyScope, createPropertiesService } from './propertiesService';
import { FakeMailApp, createMailApp } from './mailApp';
import { ScriptTriggers, TriggerStore, createTriggerStore } from './scriptTriggers';
import { FakeSpreadsheet, FakeSpreadsheetApp, Toast, createSpreadsheetApp, zonedFields } from './spreadsheetApp';

// ---------------------------------------------------------------------------------------------
// Session
// ---------------------------------------------------------------------------------------------

/** Who runs the script; tests may change it between runs (a division user, then the Office). */
export interface SessionState {
  /** Session.getActiveUser(): '' models a user Google won't name (another domain, consumer account). */
  activeUserEmail: string;
  /** Session.getEffectiveUser(): whom the script runs as; also the "current user" of protections. */
  effectiveUserEmail: string;
  scriptTimeZone: string;
  activeUserLocale: string;
}

export class FakeSession {
  constructor(
    private readonly state: SessionState,
    private readonly counter: CallCounter,
  ) {}
  getActiveUser(): FakeUser {
    return userApi(this.state.activeUserEmail, this.counter);
  }
  getEffectiveUser(): FakeUser {
    return userApi(this.state.effectiveUserEmail, this.counter);
  }
  getScriptTimeZone(): string {
    return this.state.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.state.activeUserLocale;
  }
  getTemporaryActiveUserKey(): string {
    return `temp-key-${this.state.activeUserEmail}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Utilities
// ---------------------------------------------------------------------------------------------

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function validTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Java SimpleDateFormat, as Utilities.formatDate uses it: y M d H h m s S a E Z X and quoted
 * literals ('T', '' for a quote). An unknown time zone falls back to GMT, as in Java.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const tz = validTimeZone(timeZone) ? timeZone : 'UTC';
  const f = zonedFields(date, tz);
  const offsetMin = Math.round((Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s, f.ms) - date.getTime()) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const oh = String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, '0');
  const om = String(Math.abs(offsetMin) % 60).padStart(2, '0');
  const pad = (v: number, n: number) => String(v).padStart(n, '0');
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end).replace(/''/g, "'");
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    switch (ch) {
      case 'y':
      case 'Y':
        out += n === 2 ? pad(f.y % 100, 2) : pad(f.y, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTH_NAMES[f.mo - 1] : n === 3 ? MONTH_NAMES[f.mo - 1].slice(0, 3) : pad(f.mo, n);
        break;
      case 'd':
        out += pad(f.d, n);
        break;
      case 'E':
        out += n >= 4 ? DAY_NAMES[f.weekday] : DAY_NAMES[f.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'H':
        out += pad(f.h, n);
        break;
      case 'k':
        out += pad(f.h === 0 ? 24 : f.h, n);
        break;
      case 'h':
        out += pad(((f.h + 11) % 12) + 1, n);
        break;
      case 'K':
        out += pad(f.h % 12, n);
        break;
      case 'm':
        out += pad(f.mi, n);
        break;
      case 's':
        out += pad(f.s, n);
        break;
      case 'S':
        out += pad(f.ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
        break;
      case 'a':
        out += f.h < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += `${sign}${oh}${om}`;
        break;
      case 'X':
        out += offsetMin === 0 ? 'Z' : n === 1 ? `${sign}${oh}` : n === 2 ? `${sign}${oh}${om}` : `${sign}${oh}:${om}`;
        break;
      case 'z':
        out += offsetMin === 0 ? 'GMT' : `GMT${sign}${oh}:${om}`;
        break;
      default:
        throw new GasException(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

export class FakeUtilities {
  /** Milliseconds the script asked to sleep, in order (the fake does not wait). */
  readonly _sleeps: number[] = [];

  constructor(private readonly counter: CallCounter) {}

  /** A blob of a string or of Java bytes (blob.ts). */
  newBlob(data: unknown, contentType?: unknown, name?: unknown): FakeBlob {
    return counted(newBlob(data, contentType, name), 'Blob', this.counter);
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') throw signatureError([date, timeZone, format], 'Utilities.formatDate');
    return formatDate(date, timeZone, format);
  }
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number') throw signatureError([milliseconds], 'Utilities.sleep');
    this._sleeps.push(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
}

// ---------------------------------------------------------------------------------------------
// Logger and console
// ---------------------------------------------------------------------------------------------

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

function logText(args: unknown[]): string {
  if (typeof args[0] === 'string' && args.length > 1) {
    let k = 1;
    const head = args[0].replace(/%[sdifoO]/g, () => (k < args.length ? show(args[k++]) : ''));
    return [head, ...args.slice(k).map(show)].join(' ');
  }
  return args.map(show).join(' ');
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isDate(value)) return value.toString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

export class FakeLogger {
  constructor(
    private readonly entries: LogEntry[],
    private readonly counter: CallCounter,
  ) {}
  log(...args: unknown[]): FakeLogger {
    this.entries.push({ source: 'Logger', level: 'log', message: logText(args) });
    return counted(this, 'Logger', this.counter);
  }
  getLog(): string {
    return this.entries
      .filter((e) => e.source === 'Logger')
      .map((e) => e.message)
      .join('\n');
  }
  clear(): void {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i].source === 'Logger') this.entries.splice(i, 1);
  }
}

/** console for the script: recorded, not printed (not a service: not counted). */
function createConsole(entries: LogEntry[]): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const at =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      entries.push({ source: 'console', level, message: logText(args) });
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error') };
}

// ---------------------------------------------------------------------------------------------
// ScriptApp
// ---------------------------------------------------------------------------------------------

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

/** Triggers (newTrigger, getUserTriggers, deleteTrigger…) come from scriptTriggers.ts. */
export class FakeScriptApp extends ScriptTriggers {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
  constructor(
    private readonly scriptId: string,
    triggers: TriggerStore,
  ) {
    super(triggers);
  }
  getScriptId(): string {
    return this.scriptId;
  }
}

// ---------------------------------------------------------------------------------------------
// The factory
// ---------------------------------------------------------------------------------------------

/** Globals of Node (and browsers) that Apps Script's V8 does not have: a script that needs them must bring its own. */
export const NODE_ONLY_GLOBALS = ['Buffer', 'TextEncoder', 'TextDecoder', 'setTimeout', 'setImmediate', 'setInterval', 'clearTimeout', 'process', 'require', 'module', 'btoa', 'atob', 'fetch'];

export interface GoogleServicesOptions {
  /** One counter for every fake (share it with DocumentApp/Docs/Charts fakes). */
  counter?: CallCounter;
  /** Session.getActiveUser() and, unless effectiveUserEmail is given, the user the script runs as. */
  userEmail?: string;
  effectiveUserEmail?: string;
  /** Owner of the spreadsheet (and of files registered without an owner). */
  ownerEmail?: string;
  /** Other editors of the spreadsheet file. */
  editors?: string[];
  /** Spreadsheet and script time zone; 'Asia/Ho_Chi_Minh' by default. */
  timeZone?: string;
  /** Spreadsheet locale; 'vi_VN' by default. */
  locale?: string;
  spreadsheetId?: string;
  spreadsheetName?: string;
  /** Sheets the spreadsheet starts with; ['Sheet1'] by default. */
  sheetNames?: string[];
  /** Project HTML files, name (without .html) → content. */
  htmlFiles?: Record<string, string>;
  /** Properties present before the script runs. */
  properties?: Partial<Record<PropertyScope, Record<string, string>>>;
  /** False: getUi() throws, as in a time-driven trigger. */
  uiAvailable?: boolean;
  scriptId?: string;
}

/** What is put in the vm context. Other fakes may add their globals (DocumentApp, Docs, Charts…). */
export interface GoogleGlobals {
  SpreadsheetApp: FakeSpreadsheetApp;
  Session: FakeSession;
  LockService: FakeLockServiceApi;
  PropertiesService: FakePropertiesServiceApi;
  DriveApp: FakeDrive['service'];
  HtmlService: FakeHtmlService['service'];
  ScriptApp: FakeScriptApp;
  Utilities: FakeUtilities;
  Logger: FakeLogger;
  MailApp: FakeMailApp['service'];
  MimeType: typeof FAKE_MIME_TYPES;
  console: ReturnType<typeof createConsole>;
  [name: string]: unknown;
}

export interface GoogleServices {
  /** Pass to vm.createContext (or use createContext below). */
  globals: GoogleGlobals;
  /** The shared call counter. */
  calls: CallCounter;
  /** The active spreadsheet, as the script gets it (calls through it count: set up inside calls.uncounted). */
  spreadsheet: FakeSpreadsheet;
  /** Menus, alerts, prompts, sidebars and dialogs the script showed; queue alert answers in ui.responses. */
  ui: UiLog;
  /** Toasts shown with Spreadsheet.toast, in order. */
  toasts: Toast[];
  /** Properties stores by scope (document, script, user); read and seed them directly. */
  properties: Record<PropertyScope, Map<string, string>>;
  /** Lock events in order, and the controls to simulate another execution holding a lock. */
  lock: LockControl;
  /** Drive records: files (register more with drive.registerFile), sharing and moves. */
  drive: FakeDrive;
  /** The project's HTML files (add more at any time). */
  htmlFiles: Record<string, string>;
  /** Who runs the script; change it between runs. */
  session: SessionState;
  /** Logger.log and console output of the script. */
  logs: LogEntry[];
  /** Utilities.sleep calls (ms), in order. */
  sleeps: number[];
  /** How many times SpreadsheetApp.flush() was called. */
  flushCount(): number;
  /** Mails sent (mail.sent) and the daily quota left (mail.control.quota). */
  mail: FakeMailApp;
  /** Installable triggers that exist, whoever made them (tests fire them by calling the handler). */
  triggers: TriggerStore;
  /** False: SpreadsheetApp.getUi() throws from now on, as in a time-driven trigger. */
  setUiAvailable(available: boolean): void;
  /** vm.createContext(globals), with errors and dates made in that context's realm. */
  createContext(): vm.Context;
}

export function createGoogleServices(options: GoogleServicesOptions = {}): GoogleServices {
  const calls = options.counter ?? createCallCounter();
  const timeZone = options.timeZone ?? 'Asia/Ho_Chi_Minh';
  const ownerEmail = options.ownerEmail ?? 'owner@example.com';
  const userEmail = options.userEmail ?? ownerEmail;
  const session: SessionState = {
    activeUserEmail: userEmail,
    effectiveUserEmail: options.effectiveUserEmail ?? userEmail,
    scriptTimeZone: timeZone,
    activeUserLocale: (options.locale ?? 'vi_VN').split('_')[0],
  };
  const drive = createDriveApp({ counter: calls, ownerEmail });
  const uiLog = createUiLog();
  const sheets = createSpreadsheetApp({
    counter: calls,
    drive,
    id: options.spreadsheetId,
    name: options.spreadsheetName,
    ownerEmail,
    editors: options.editors,
    currentUser: () => session.effectiveUserEmail,
    timeZone,
    locale: options.locale ?? 'vi_VN',
    sheetNames: options.sheetNames,
    uiLog,
    uiAvailable: options.uiAvailable,
  });
  const html = createHtmlService({ counter: calls, files: options.htmlFiles });
  const lock = createLockService({ counter: calls });
  const props = createPropertiesService({ counter: calls, initial: options.properties });
  const logs: LogEntry[] = [];
  const utilities = new FakeUtilities(calls);
  const mail = createMailApp({ counter: calls });
  const triggers = createTriggerStore({ counter: calls, currentUser: () => session.effectiveUserEmail, documentId: () => sheets.spreadsheet._file.id });
  const globals: GoogleGlobals = {
    SpreadsheetApp: sheets.service,
    Session: counted(new FakeSession(session, calls), 'Session', calls),
    LockService: lock.service,
    PropertiesService: props.service,
    DriveApp: drive.service,
    HtmlService: html.service,
    ScriptApp: counted(new FakeScriptApp(options.scriptId ?? 'fake-script-id', triggers), 'ScriptApp', calls),
    Utilities: counted(utilities, 'Utilities', calls),
    Logger: counted(new FakeLogger(logs, calls), 'Logger', calls),
    MailApp: mail.service,
    MimeType: { ...FAKE_MIME_TYPES },
    console: createConsole(logs),
  };
  return {
    globals,
    calls,
    spreadsheet: sheets.spreadsheet._api,
    ui: uiLog,
    toasts: sheets.toasts,
    properties: props.stores,
    lock: lock.control,
    drive,
    htmlFiles: html.files,
    session,
    logs,
    sleeps: utilities._sleeps,
    flushCount: () => sheets.flushes,
    mail,
    triggers,
    setUiAvailable: (available) => (sheets.uiAvailable = available),
    createContext() {
      const context = vm.createContext(globals);
      const present = vm.runInContext(`${JSON.stringify(NODE_ONLY_GLOBALS)}.filter(function (n) { return typeof globalThis[n] !== 'undefined'; })`, context) as string[];
      if (present.length) throw new Error(`The script's context must be as bare as Apps Script's V8, but it has ${present.join(', ')}`);
      calls.useRealm(vm.runInContext('({ Date: Date, Error: Error })', context) as { Date: DateConstructor; Error: ErrorConstructor });
      return context;
    },
  };
}
