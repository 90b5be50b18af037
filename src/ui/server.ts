/**
 * A typed Promise wrapper over google.script.run. Every call attaches a failure handler, so a
 * failing or crashing server function always reaches the sidebar as a rejected Promise.
 */
import type { SidebarServer } from '../core/sidebarApi';
import type { ScriptRunner } from './google-script-run';

/** The server functions as the sidebar calls them: same arguments, the answer as a Promise. */
export type SidebarServerClient = {
  [K in keyof SidebarServer]: (...args: Parameters<SidebarServer[K]>) => Promise<ReturnType<SidebarServer[K]>>;
};

/**
 * Apps Script stops a server function after 6 minutes and then calls the failure handler;
 * this is only a safety net so that the sidebar never spins forever.
 */
const NO_ANSWER_AFTER_MS = 7 * 60 * 1000;

export function toError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  if (reason && typeof reason === 'object' && typeof (reason as { message?: unknown }).message === 'string') {
    return new Error((reason as { message: string }).message);
  }
  return new Error(String(reason));
}

/** Runs `invoke` on a fresh runner whose handlers settle the returned Promise. */
function call<T>(invoke: (run: ScriptRunner) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      reject(new Error('Không kết nối được với Google Trang tính (google.script.run không có).'));
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new Error('Máy chủ không trả lời sau 7 phút. Hãy thử lại.'));
    }, NO_ANSWER_AFTER_MS);
    const run = google.script.run
      .withSuccessHandler((result: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result as T);
      })
      .withFailureHandler((error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(toError(error));
      });
    try {
      invoke(run);
    } catch (error) {
      settled = true;
      clearTimeout(timer);
      reject(toError(error));
    }
  });
}

/** Each name below appears literally as `run.<name>(` in the built sidebar, so a test can check it against src/main.ts. */
export const server: SidebarServerClient = {
  getSidebarState: (tabName) => call((run) => run.getSidebarState(tabName)),
  selectCell: (tabName, a1) => call((run) => run.selectCell(tabName, a1)),
  markSubmitted: (tabName) => call((run) => run.markSubmitted(tabName)),
  reopenDivision: (tabName, reason) => call((run) => run.reopenDivision(tabName, reason)),
  getEditStamp: (sheetId) => call((run) => run.getEditStamp(sheetId)),
  openDivisionTab: (tabName) => call((run) => run.openDivisionTab(tabName)),
  runConsolidation: () => call((run) => run.runConsolidation()),
  exportPdfForSigning: (version) => call((run) => run.exportPdfForSigning(version)),
  getLeadershipComments: (tabName) => call((run) => run.getLeadershipComments(tabName)),
  syncLeadershipComments: () => call((run) => run.syncLeadershipComments()),
  answerComment: (tabName, commentId, text) => call((run) => run.answerComment(tabName, commentId, text)),
  getChangesSinceLastVersion: () => call((run) => run.getChangesSinceLastVersion()),
  getPastPeriods: () => call((run) => run.getPastPeriods()),
  viewArchivedTab: (periodId, tabName) => call((run) => run.viewArchivedTab(periodId, tabName)),
  openArchiveTab: (periodId) => call((run) => run.openArchiveTab(periodId)),
  rebuildArchivedReport: (periodId) => call((run) => run.rebuildArchivedReport(periodId)),
};
