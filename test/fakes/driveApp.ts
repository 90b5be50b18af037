/**
 * DriveApp fake: files and folders that other fakes register (the spreadsheet itself, documents
 * made by the DocumentApp fake), their names, places and sharing. Also the User object that
 * Session, Protection and File hand out.
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError, unwrap } from './callCounter';

/** Base.User: only the e-mail is known here. */
export class FakeUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  /** Deprecated in Apps Script, still present. */
  getUserLoginId(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export function userApi(email: string, counter: CallCounter): FakeUser {
  return counted(new FakeUser(email), 'User', counter);
}

/** An e-mail from a string or a User (the overloads of addEditor and friends). */
export function emailOf(userOrEmail: unknown, method: string): string {
  const raw = unwrap(userOrEmail);
  if (typeof raw === 'string') return raw;
  if (raw instanceof FakeUser) return raw.getEmail();
  if (raw && typeof (raw as { getEmail?: unknown }).getEmail === 'function') return String((raw as { getEmail(): string }).getEmail());
  throw signatureError([userOrEmail], method);
}

export type DriveRole = 'editor' | 'viewer' | 'commenter';

/** One sharing change, in call order. */
export interface SharingRecord {
  fileId: string;
  action: 'add' | 'remove';
  role: DriveRole;
  email: string;
}

export interface FileRecord {
  id: string;
  name: string;
  url: string;
  mimeType: string;
  ownerEmail: string;
  parentIds: string[];
  editors: string[];
  viewers: string[];
  commenters: string[];
  trashed: boolean;
  description: string;
}

export interface FolderRecord {
  id: string;
  name: string;
  url: string;
  parentIds: string[];
  trashed: boolean;
}

export interface RegisterFileOptions {
  id: string;
  name: string;
  url?: string;
  mimeType?: string;
  ownerEmail?: string;
  /** Folder ids; the root folder when omitted. */
  parentIds?: string[];
  editors?: string[];
}

export interface DriveOptions {
  counter?: CallCounter;
  /** Owner of files registered without one. */
  ownerEmail?: string;
  rootFolderId?: string;
}

export interface FakeDrive {
  /** The DriveApp global. */
  service: FakeDriveApp;
  counter: CallCounter;
  files: Map<string, FileRecord>;
  folders: Map<string, FolderRecord>;
  /** Every addEditor/addViewer/addCommenter/remove… call, in order. */
  sharing: SharingRecord[];
  /** Every moveTo, in order. */
  moves: { fileId: string; folderId: string }[];
  rootFolderId: string;
  registerFile(options: RegisterFileOptions): FileRecord;
  registerFolder(options: { id: string; name: string; parentIds?: string[] }): FolderRecord;
}

const MIME_SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

export function createDriveApp(options: DriveOptions = {}): FakeDrive {
  const counter = options.counter ?? createCallCounter();
  const rootFolderId = options.rootFolderId ?? 'root-folder';
  const defaultOwner = options.ownerEmail ?? 'owner@example.com';
  const drive: FakeDrive = {
    service: undefined as unknown as FakeDriveApp,
    counter,
    files: new Map(),
    folders: new Map(),
    sharing: [],
    moves: [],
    rootFolderId,
    registerFile(o) {
      const record: FileRecord = {
        id: o.id,
        name: o.name,
        url: o.url ?? defaultUrl(o.id, o.mimeType ?? MIME_SPREADSHEET),
        mimeType: o.mimeType ?? MIME_SPREADSHEET,
        ownerEmail: o.ownerEmail ?? defaultOwner,
        parentIds: o.parentIds ? [...o.parentIds] : [rootFolderId],
        editors: [...(o.editors ?? [])],
        viewers: [],
        commenters: [],
        trashed: false,
        description: '',
      };
      drive.files.set(o.id, record);
      return record;
    },
    registerFolder(o) {
      const record: FolderRecord = {
        id: o.id,
        name: o.name,
        url: `https://drive.google.com/drive/folders/${o.id}`,
        parentIds: o.parentIds ?? (o.id === rootFolderId ? [] : [rootFolderId]),
        trashed: false,
      };
      drive.folders.set(o.id, record);
      return record;
    },
  };
  drive.registerFolder({ id: rootFolderId, name: 'My Drive', parentIds: [] });
  drive.service = counted(new FakeDriveApp(drive), 'DriveApp', counter);
  return drive;
}

function defaultUrl(id: string, mimeType: string): string {
  if (mimeType === MIME_SPREADSHEET) return `https://docs.google.com/spreadsheets/d/${id}/edit`;
  if (mimeType === 'application/vnd.google-apps.document') return `https://docs.google.com/document/d/${id}/edit`;
  return `https://drive.google.com/file/d/${id}/view`;
}

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

export class FakeDriveApp {
  constructor(private readonly drive: FakeDrive) {}

  getFileById(id: string): FakeFile {
    const record = this.drive.files.get(String(id));
    if (!record) throw new GasException(NOT_FOUND);
    return counted(new FakeFile(record, this.drive), 'File', this.drive.counter);
  }

  getFolderById(id: string): FakeFolder {
    const record = this.drive.folders.get(String(id));
    if (!record) throw new GasException(NOT_FOUND);
    return folderApi(record, this.drive);
  }

  getRootFolder(): FakeFolder {
    return folderApi(this.drive.folders.get(this.drive.rootFolderId)!, this.drive);
  }
}

function folderApi(record: FolderRecord, drive: FakeDrive): FakeFolder {
  return counted(new FakeFolder(record, drive), 'Folder', drive.counter);
}

/** FileIterator / FolderIterator. */
export class FakeIterator<T> {
  private index = 0;
  constructor(private readonly items: T[]) {}
  hasNext(): boolean {
    return this.index < this.items.length;
  }
  next(): T {
    if (!this.hasNext()) throw new GasException('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.index++];
  }
  getContinuationToken(): string {
    return String(this.index);
  }
}

export class FakeFolder {
  constructor(
    private readonly record: FolderRecord,
    private readonly drive: FakeDrive,
  ) {}
  getId(): string {
    return this.record.id;
  }
  getName(): string {
    return this.record.name;
  }
  setName(name: string): FakeFolder {
    this.record.name = String(name);
    return counted(this, 'Folder', this.drive.counter);
  }
  getUrl(): string {
    return this.record.url;
  }
  getFiles(): FakeIterator<FakeFile> {
    const files = [...this.drive.files.values()].filter((f) => !f.trashed && f.parentIds.includes(this.record.id));
    return counted(new FakeIterator(files.map((f) => counted(new FakeFile(f, this.drive), 'File', this.drive.counter))), 'FileIterator', this.drive.counter);
  }
  getParents(): FakeIterator<FakeFolder> {
    return parentsOf(this.record.parentIds, this.drive);
  }
  isTrashed(): boolean {
    return this.record.trashed;
  }
  toString(): string {
    return this.record.name;
  }
}

function parentsOf(ids: string[], drive: FakeDrive): FakeIterator<FakeFolder> {
  const folders = ids.map((id) => drive.folders.get(id)).filter((f): f is FolderRecord => !!f);
  return counted(new FakeIterator(folders.map((f) => folderApi(f, drive))), 'FolderIterator', drive.counter);
}

export class FakeFile {
  constructor(
    private readonly record: FileRecord,
    private readonly drive: FakeDrive,
  ) {}

  private self(): FakeFile {
    return counted(this, 'File', this.drive.counter);
  }

  getId(): string {
    return this.record.id;
  }
  getName(): string {
    return this.record.name;
  }
  setName(name: string): FakeFile {
    this.record.name = String(name);
    return this.self();
  }
  getUrl(): string {
    return this.record.url;
  }
  getMimeType(): string {
    return this.record.mimeType;
  }
  getDescription(): string | null {
    return this.record.description === '' ? null : this.record.description;
  }
  setDescription(description: string): FakeFile {
    this.record.description = String(description);
    return this.self();
  }
  getParents(): FakeIterator<FakeFolder> {
    return parentsOf(this.record.parentIds, this.drive);
  }
  /** Moves the file into the folder: it leaves every other parent (Drive has one parent per item now). */
  moveTo(destination: FakeFolder): FakeFile {
    const folder = unwrap(destination);
    if (!(folder instanceof FakeFolder)) throw signatureError([destination], 'DriveApp.File.moveTo');
    this.record.parentIds = [folder.getId()];
    this.drive.moves.push({ fileId: this.record.id, folderId: folder.getId() });
    return this.self();
  }
  getOwner(): FakeUser {
    return userApi(this.record.ownerEmail, this.drive.counter);
  }
  getEditors(): FakeUser[] {
    return this.record.editors.map((e) => userApi(e, this.drive.counter));
  }
  getViewers(): FakeUser[] {
    return [...this.record.viewers, ...this.record.commenters].map((e) => userApi(e, this.drive.counter));
  }
  addEditor(emailAddressOrUser: string | FakeUser): FakeFile {
    return this.share('editor', [emailOf(emailAddressOrUser, 'DriveApp.File.addEditor')]);
  }
  addEditors(emailAddresses: string[]): FakeFile {
    return this.share('editor', listOf(emailAddresses, 'DriveApp.File.addEditors'));
  }
  addViewer(emailAddressOrUser: string | FakeUser): FakeFile {
    return this.share('viewer', [emailOf(emailAddressOrUser, 'DriveApp.File.addViewer')]);
  }
  addViewers(emailAddresses: string[]): FakeFile {
    return this.share('viewer', listOf(emailAddresses, 'DriveApp.File.addViewers'));
  }
  addCommenter(emailAddressOrUser: string | FakeUser): FakeFile {
    return this.share('commenter', [emailOf(emailAddressOrUser, 'DriveApp.File.addCommenter')]);
  }
  addCommenters(emailAddresses: string[]): FakeFile {
    return this.share('commenter', listOf(emailAddresses, 'DriveApp.File.addCommenters'));
  }
  removeEditor(emailAddressOrUser: string | FakeUser): FakeFile {
    const email = emailOf(emailAddressOrUser, 'DriveApp.File.removeEditor');
    this.record.editors = this.record.editors.filter((e) => !sameEmail(e, email));
    this.drive.sharing.push({ fileId: this.record.id, action: 'remove', role: 'editor', email });
    return this.self();
  }
  removeViewer(emailAddressOrUser: string | FakeUser): FakeFile {
    const email = emailOf(emailAddressOrUser, 'DriveApp.File.removeViewer');
    this.record.viewers = this.record.viewers.filter((e) => !sameEmail(e, email));
    this.record.commenters = this.record.commenters.filter((e) => !sameEmail(e, email));
    this.drive.sharing.push({ fileId: this.record.id, action: 'remove', role: 'viewer', email });
    return this.self();
  }
  setTrashed(trashed: boolean): FakeFile {
    this.record.trashed = !!trashed;
    return this.self();
  }
  isTrashed(): boolean {
    return this.record.trashed;
  }
  toString(): string {
    return this.record.name;
  }

  /**
   * Adds people in one role. Like Drive, a person holds one role: becoming an editor lifts a viewer
   * or commenter, and adding a viewer who already edits changes nothing.
   */
  private share(role: DriveRole, emails: string[]): FakeFile {
    const r = this.record;
    for (const email of emails) {
      this.drive.sharing.push({ fileId: r.id, action: 'add', role, email });
      const isOwner = sameEmail(r.ownerEmail, email);
      const edits = isOwner || r.editors.some((e) => sameEmail(e, email));
      const has = (list: string[]) => list.some((e) => sameEmail(e, email));
      if (role === 'editor') {
        r.viewers = r.viewers.filter((e) => !sameEmail(e, email));
        r.commenters = r.commenters.filter((e) => !sameEmail(e, email));
        if (!edits) r.editors.push(email);
      } else if (role === 'commenter') {
        if (edits || has(r.commenters)) continue;
        r.viewers = r.viewers.filter((e) => !sameEmail(e, email));
        r.commenters.push(email);
      } else if (!edits && !has(r.commenters) && !has(r.viewers)) {
        r.viewers.push(email);
      }
    }
    return this.self();
  }
}

function listOf(value: unknown, method: string): string[] {
  if (!Array.isArray(value)) throw signatureError([value], method);
  return value.map((v) => emailOf(v, method));
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
