/** Runs that change the Sheet or build a report take the document lock: two clicks run one after the other. */
const WAIT_MS = 5 * 60 * 1000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(WAIT_MS);
  } catch (_e) {
    throw new Error('Đang có người khác thiết lập hoặc tổng hợp; đã chờ 5 phút mà chưa xong. Vui lòng thử lại sau.');
  }
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
