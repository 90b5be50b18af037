/**
 * What the user sees: HtmlService (HtmlOutput built from a string or from a project file given by
 * the test, templates with the printing scriptlets <?= ?> and <?!= ?>) and the Ui that shows it
 * (menus, alerts, prompts, sidebars, dialogs). SpreadsheetApp.getUi() hands out this Ui; a
 * DocumentApp fake can hand out its own with createUi().
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError, unwrap } from './callCounter';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export interface HtmlServiceOptions {
  counter?: CallCounter;
  /** Project HTML files by name, without ".html" (as in the Apps Script editor). */
  files?: Record<string, string>;
}

export interface FakeHtmlService {
  /** The HtmlService global. */
  service: FakeHtmlServiceApi;
  files: Record<string, string>;
}

export function createHtmlService(options: HtmlServiceOptions = {}): FakeHtmlService {
  const counter = options.counter ?? createCallCounter();
  const files = { ...(options.files ?? {}) };
  return { service: counted(new FakeHtmlServiceApi(files, counter), 'HtmlService', counter), files };
}

/** Reads a project file; the name may carry ".html" or not. */
function readFile(files: Record<string, string>, filename: string): string {
  const name = String(filename);
  const bare = name.replace(/\.html$/i, '');
  const content = files[name] ?? files[bare] ?? files[`${bare}.html`];
  if (content === undefined) throw new GasException(`No HTML file named ${bare} was found.`);
  return content;
}

export class FakeHtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly files: Record<string, string>,
    private readonly counter: CallCounter,
  ) {}

  createHtmlOutput(html?: string): FakeHtmlOutput {
    return htmlOutputApi(html === undefined || html === null ? '' : String(html), this.counter);
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return htmlOutputApi(readFile(this.files, filename), this.counter);
  }
  createTemplate(html: string): FakeHtmlTemplate {
    return counted(new FakeHtmlTemplate(String(html), this.counter), 'HtmlTemplate', this.counter);
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return counted(new FakeHtmlTemplate(readFile(this.files, filename), this.counter), 'HtmlTemplate', this.counter);
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (fake)';
  }
}

function htmlOutputApi(content: string, counter: CallCounter): FakeHtmlOutput {
  return counted(new FakeHtmlOutput(content, counter), 'HtmlOutput', counter);
}

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private sandboxMode: string = SandboxMode.IFRAME;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private content: string,
    private readonly counter: CallCounter,
  ) {}

  private self(): FakeHtmlOutput {
    return counted(this, 'HtmlOutput', this.counter);
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this.self();
  }
  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }
  /** Appends text escaped as HTML. */
  appendUntrusted(addedContent: string): FakeHtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }
  clear(): FakeHtmlOutput {
    this.content = '';
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this.self();
  }
  /** Null until set (the dialog or sidebar then uses its own default). */
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = Number(width);
    return this.self();
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = Number(height);
    return this.self();
  }
  /** Google ignores every mode but IFRAME now; the fake records what was asked. */
  setSandboxMode(mode: string): FakeHtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }
  setXFrameOptionsMode(mode: string): FakeHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }
  setFaviconUrl(): FakeHtmlOutput {
    return this.self();
  }
  /** What the fakes' Ui records when this output is shown (uncounted plumbing). */
  _snapshot(): { title: string; content: string; width: number | null; height: number | null; sandboxMode: string; xFrameOptionsMode: string } {
    return { title: this.title, content: this.content, width: this.width, height: this.height, sandboxMode: this.sandboxMode, xFrameOptionsMode: this.xFrameOptionsMode };
  }
}

/**
 * HtmlTemplate: properties set on the template are the variables of its scriptlets.
 * Only printing scriptlets are supported; a standard scriptlet <? … ?> throws, so a test notices.
 */
export class FakeHtmlTemplate {
  [variable: string]: unknown;

  constructor(
    private readonly source: string,
    private readonly counter: CallCounter,
  ) {}

  getRawContent(): string {
    return this.source;
  }

  evaluate(): FakeHtmlOutput {
    const names = Object.keys(this).filter((k) => k !== 'source' && k !== 'counter');
    const values = names.map((k) => this[k]);
    const html = this.source.replace(/<\?(!?=)?([\s\S]*?)\?>/g, (_match, kind: string | undefined, code: string) => {
      if (!kind) throw new GasException(`Fake HtmlTemplate: standard scriptlets are not supported (<?${code}?>)`);
      const value = new Function(...names, `return (${code});`)(...values) as unknown;
      const text = value === undefined || value === null ? '' : String(value);
      return kind === '=' ? escapeHtml(text) : text;
    });
    return htmlOutputApi(html, this.counter);
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The snapshot of an HtmlOutput the script passed to a Ui method, or null if it is not one. */
export function htmlSnapshot(value: unknown): ReturnType<FakeHtmlOutput['_snapshot']> | null {
  const raw = unwrap(value);
  return raw instanceof FakeHtmlOutput ? raw._snapshot() : null;
}

// ---------------------------------------------------------------------------------------------
// Ui (Base.Ui), shared by SpreadsheetApp.getUi() and DocumentApp.getUi()
// ---------------------------------------------------------------------------------------------

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export type ButtonName = keyof typeof Button;

export type MenuEntry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'subMenu'; caption: string; entries: MenuEntry[] };

export interface RecordedMenu {
  /** null for createAddonMenu() (Google names it after the add-on). */
  caption: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface UiLog {
  /** Menus added with addToUi(), in order. */
  menus: RecordedMenu[];
  alerts: { title: string | null; prompt: string; buttons: string | null; response: string }[];
  prompts: { title: string | null; prompt: string; buttons: string | null; response: string; text: string }[];
  sidebars: ShownHtml[];
  /** Dialogs; `title` is the one passed to showModalDialog/showModelessDialog. */
  dialogs: (ShownHtml & { modal: boolean })[];
  /** Answers the next alerts/prompts give, in order; when empty an alert answers with its first button. */
  responses: { button: string; text?: string }[];
}

export function createUiLog(): UiLog {
  return { menus: [], alerts: [], prompts: [], sidebars: [], dialogs: [], responses: [] };
}

/** A Ui object for the script, writing what it shows to `log`. */
export function createUi(log: UiLog, counter: CallCounter): FakeUi {
  return counted(new FakeUi(log, counter), 'Ui', counter);
}

const FIRST_BUTTON: Record<string, string> = { OK: 'OK', OK_CANCEL: 'OK', YES_NO: 'YES', YES_NO_CANCEL: 'YES' };

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly log: UiLog,
    private readonly counter: CallCounter,
  ) {}

  alert(...args: unknown[]): string {
    const { title, prompt, buttons } = dialogArgs(args, 'Ui.alert');
    const queued = this.log.responses.shift();
    const response = queued ? queued.button : (FIRST_BUTTON[buttons ?? 'OK'] ?? 'OK');
    this.log.alerts.push({ title, prompt, buttons, response });
    return response;
  }

  prompt(...args: unknown[]): FakePromptResponse {
    const { title, prompt, buttons } = dialogArgs(args, 'Ui.prompt');
    const queued = this.log.responses.shift();
    const response = queued ? queued.button : (FIRST_BUTTON[buttons ?? 'OK'] ?? 'OK');
    const text = queued?.text ?? '';
    this.log.prompts.push({ title, prompt, buttons, response, text });
    return counted(new FakePromptResponse(response, text), 'PromptResponse', this.counter);
  }

  createMenu(caption: string): FakeMenu {
    return counted(new FakeMenu(String(caption), false, this.log, this.counter), 'Menu', this.counter);
  }

  createAddonMenu(): FakeMenu {
    return counted(new FakeMenu(null, true, this.log, this.counter), 'Menu', this.counter);
  }

  showSidebar(userInterface: unknown): void {
    this.log.sidebars.push(shown(userInterface, 'Ui.showSidebar'));
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.log.dialogs.push({ ...shown(userInterface, 'Ui.showModalDialog'), title: String(title), modal: true });
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.log.dialogs.push({ ...shown(userInterface, 'Ui.showModelessDialog'), title: String(title), modal: false });
  }
}

function dialogArgs(args: unknown[], method: string): { title: string | null; prompt: string; buttons: string | null } {
  if (args.length === 1 && typeof args[0] === 'string') return { title: null, prompt: args[0], buttons: null };
  if (args.length === 2 && typeof args[0] === 'string' && isButtonSet(args[1])) return { title: null, prompt: args[0], buttons: String(args[1]) };
  if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && isButtonSet(args[2])) {
    return { title: args[0], prompt: args[1], buttons: String(args[2]) };
  }
  throw signatureError(args, method);
}

function isButtonSet(value: unknown): boolean {
  return typeof value === 'string' && value in ButtonSet;
}

function shown(userInterface: unknown, method: string): ShownHtml {
  const snap = htmlSnapshot(userInterface);
  if (!snap) throw signatureError([userInterface], method);
  return { title: snap.title, content: snap.content, width: snap.width, height: snap.height };
}

export class FakePromptResponse {
  constructor(
    private readonly button: string,
    private readonly text: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

export class FakeMenu {
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly caption: string | null,
    private readonly addon: boolean,
    private readonly log: UiLog,
    private readonly counter: CallCounter,
  ) {}

  private self(): FakeMenu {
    return counted(this, 'Menu', this.counter);
  }

  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw signatureError([caption, functionName], 'Menu.addItem');
    this.entries.push({ kind: 'item', caption, functionName });
    return this.self();
  }

  addSeparator(): FakeMenu {
    this.entries.push({ kind: 'separator' });
    return this.self();
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    const sub = unwrap(menu);
    if (!(sub instanceof FakeMenu)) throw signatureError([menu], 'Menu.addSubMenu');
    this.entries.push({ kind: 'subMenu', caption: sub.caption ?? '', entries: sub.entries });
    return this.self();
  }

  addToUi(): void {
    this.log.menus.push({ caption: this.caption, addon: this.addon, entries: this.entries });
  }
}
