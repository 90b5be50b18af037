/**
 * Runs that change the Sheet or build a report take the document lock: two clicks run one after the other.
 * The one that waits gives up after about 30 seconds (a run that starts later would be cut off by Apps
 * Script's 6-minute limit halfway) and says who is running what, and since when: the run holding the lock
 * leaves that in the document properties while it works.
 */
import { formatDateTime, isoOfLocalDateTime } from '../../core/dates';
import { currentUserEmail } from './access';

const WAIT_MS = 30 * 1000;
const RUNNING = 'runInProgress';

interface RunInProgress {
  what: string;
  by: string;
  /** Local 'YYYY-MM-DDTHH:MM' (Apps Script's clock is the script's time zone). */
  since: string;
}

/** `what`: the run, as the user knows it from the menu ("Tổng hợp"). */
export function withDocumentLock<T>(what: string, work: () => T): T {
  return withDocumentLockAs(what, null, work);
}

/** The same, for a caller that already knows who runs it (no second Session call). */
export function withDocumentLockAs<T>(what: string, by: string | null, work: () => T): T {
  const lock = LockService.getDocumentLock();
  const props = PropertiesService.getDocumentProperties();
  try {
    lock.waitLock(WAIT_MS);
  } catch (_e) {
    throw new Error(busyMessage(props.getProperty(RUNNING)));
  }
  try {
    const running: RunInProgress = { what, by: by ?? currentUserEmail(), since: isoOfLocalDateTime(new Date()) };
    props.setProperty(RUNNING, JSON.stringify(running));
    return work();
  } finally {
    props.deleteProperty(RUNNING);
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

function busyMessage(recorded: string | null): string {
  let running: RunInProgress | null = null;
  try {
    running = recorded ? (JSON.parse(recorded) as RunInProgress) : null;
  } catch (_e) {
    running = null;
  }
  if (!running) return 'Đang có người khác thiết lập hoặc tổng hợp; đã chờ 30 giây mà chưa xong. Vui lòng thử lại sau ít phút.';
  return `${running.by || 'Một người dùng khác'} đang chạy «${running.what}» từ ${formatDateTime(running.since)}; đã chờ 30 giây mà chưa xong. Vui lòng thử lại sau ít phút (một lần chạy dài nhất khoảng 6 phút).`;
}
