/**
 * "Lấy góp ý của lãnh đạo": reads the comments of every Doc the log tab lists, matches new ones to the
 * division whose text they quote, moves the divisions' answers into the "Góp ý" tab, posts each answer as a
 * reply under its comment (once), and writes the tab in one go. The Office's sidebar runs it on opening when
 * the last sync is older than a few minutes.
 */
import { formatDateTime } from '../../core/dates';
import { divisionTextsOf, matchQuote, type DivisionTexts } from '../../core/comments/matchDivision';
import type { CommentRecord } from '../../core/comments/commentRecord';
import { DocComment, mergeComments } from '../../core/comments/mergeComments';
import { resolveForm } from '../../core/form';
import type { Settings } from '../../core/settings';
import type { CommentSyncSummary } from '../../core/sidebarApi';
import { readDivisionReports } from '../sheet/divisionReports';
import { localDateTime, localNow } from '../sheet/localTime';
import { DivisionTabs } from '../sheet/divisionTabs';
import { DocumentState } from '../sheet/documentState';
import { withDocumentLock } from '../sheet/lock';
import { loggedRuns } from '../summary/pdfExport';
import { LOG_TAB } from '../summary/summaryLog';
import { readCommentRecords, writeCommentRecords } from './commentsTab';
import { DriveComment, listComments, postReply } from './driveComments';
import { clearPendingAnswers, readPendingAnswers } from './pendingAnswers';

const SYNCED_AT = 'commentsSyncedAt';
/** The Office's sidebar syncs on opening at most this often. */
export const AUTO_SYNC_MS = 5 * 60 * 1000;

/** How far the script's time zone is ahead of UTC now, from the clock read once (not once per comment). */
function zoneOffsetMs(): number {
  const now = new Date();
  const local = localDateTime(now, true);
  return Math.round((Date.parse(`${local}Z`) - now.getTime()) / 60000) * 60000;
}

/** "HH:mm dd/MM/yyyy" for an RFC 3339 time from Drive, at the zone's offset of today (the Office's zone has no summer time). */
function localTime(rfc3339: string | undefined, offsetMs: number): string {
  const ms = rfc3339 ? Date.parse(rfc3339) : NaN;
  return isNaN(ms) ? '' : formatDateTime(new Date(ms + offsetMs).toISOString().slice(0, 16));
}

function docComment(c: DriveComment, fileId: string, version: number, offsetMs: number): DocComment | null {
  if (!c.id) return null;
  return {
    commentId: c.id,
    fileId,
    version,
    author: c.author?.displayName || c.author?.emailAddress || '',
    time: localTime(c.createdTime, offsetMs),
    quoted: c.quotedFileContent?.value ?? '',
    content: c.content ?? '',
    resolved: Boolean(c.resolved),
    deleted: Boolean(c.deleted),
    replies: (c.replies ?? []).map((r) => r.content ?? ''),
  };
}

/** The time of the last sync, "HH:mm dd/MM/yyyy", or null. */
export function lastSyncedAt(all: Record<string, string>): string | null {
  const ms = Number(all[SYNCED_AT]);
  return ms > 0 ? formatDateTime(localDateTime(new Date(ms))) : null;
}

export function syncDue(all: Record<string, string>, nowMs: number): boolean {
  const ms = Number(all[SYNCED_AT]);
  return !(ms > 0) || nowMs - ms >= AUTO_SYNC_MS;
}

/** What a sync did, and the rows the tab now holds (so the caller need not read the tab again). */
export interface CommentSync {
  summary: CommentSyncSummary;
  records: CommentRecord[];
}

/** Reads, matches, records and replies, under the document lock. The caller has checked that the user is the Office. */
export function syncComments(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: () => Settings): CommentSync {
  return withDocumentLock('Lấy góp ý của lãnh đạo', () => syncUnlocked(ss, settings));
}

/**
 * The automatic sync when the Office's sidebar opens: skipped (null) when another run holds the lock — the
 * sidebar never waits on a "Tổng hợp" — or when the last sync is recent.
 */
export function syncIfDue(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: () => Settings): CommentSync | null {
  if (!syncDue(PropertiesService.getDocumentProperties().getProperties(), Date.now())) return null;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(0)) return null;
  try {
    return syncUnlocked(ss, settings);
  } finally {
    lock.releaseLock();
  }
}

/** `settingsOf`: read only when there are Docs to read (the sidebar has just read them for its state). */
function syncUnlocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settingsOf: () => Settings): CommentSync {
  const log = ss.getSheetByName(LOG_TAB);
  const runs = log ? loggedRuns(log) : [];
  if (runs.length === 0) return { summary: { docs: 0, comments: 0, added: 0, repliesPosted: 0, problems: [] }, records: readCommentRecords(ss) };
  const settings = settingsOf();
  const problems: string[] = [];
  const fetched: DocComment[] = [];
  const offset = zoneOffsetMs();
  for (const run of runs) {
    try {
      for (const c of listComments(run.docId)) {
        const comment = docComment(c, run.docId, run.version, offset);
        if (comment) fetched.push(comment);
      }
    } catch (e) {
      problems.push(`Không đọc được góp ý của bản ${run.version} (Drive từ chối: ${(e as Error).message}). Góp ý đã lấy trước đó vẫn giữ nguyên; hãy thử lại sau.`);
    }
  }
  const existing = readCommentRecords(ss);
  const pending = readPendingAnswers();
  // The divisions' tabs are read only when there is a new comment to match.
  let texts: DivisionTexts[] | null = null;
  const match = (quote: string) => {
    if (!texts) {
      const state = DocumentState.load();
      texts = divisionTextsOf(readDivisionReports(new DivisionTabs(ss, settings.divisions, state).all(), settings, resolveForm(settings), state, localNow().slice(0, 10)));
    }
    return matchQuote(quote, texts);
  };
  const now = formatDateTime(localNow());
  const merged = mergeComments(existing, fetched, match, [...pending.values()], now);
  let repliesPosted = 0;
  for (const reply of merged.replies) {
    try {
      postReply(reply.fileId, reply.commentId, reply.content);
      merged.records.find((r) => r.commentId === reply.commentId)!.postedAt = now;
      repliesPosted += 1;
    } catch (e) {
      problems.push(`Chưa gửi được trả lời vào văn bản (góp ý ${reply.commentId}): ${(e as Error).message}. Lần lấy góp ý sau sẽ gửi lại.`);
    }
  }
  writeCommentRecords(ss, settings, merged.records);
  clearPendingAnswers(merged.settledAnswers);
  PropertiesService.getDocumentProperties().setProperty(SYNCED_AT, String(Date.now()));
  const summary = { docs: runs.length, comments: fetched.filter((c) => !c.deleted).length, added: merged.records.length - existing.length, repliesPosted, problems };
  return { summary, records: merged.records };
}
