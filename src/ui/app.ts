/**
 * The sidebar's controller: holds what the server last said, decides which view to show, and runs
 * every server call the same way (buttons disabled and a spinner while it runs, the error shown if it fails).
 */
import type { OfficeView, SidebarState } from '../core/sidebarApi';
import { startLiveRefresh, LIVE_TIMING, type LiveKind, type LiveTiming } from './live';
import { render, type Actions, type Model, type Screen } from './render';
import { server as defaultServer, toError, type SidebarServerClient } from './server';

/** 'office': the Office chose "← Tất cả phòng, đơn vị"; 'auto': show the division when there is one. */
type Mode = 'auto' | 'office';

export const BUSY_LOADING = 'Đang tải…';
export const BUSY_WORKING = 'Đang xử lý…';
export const BUSY_CONSOLIDATING = 'Đang tổng hợp…';
export const BUSY_EXPORTING = 'Đang xuất PDF…';
export const BUSY_COMMENTS = 'Đang lấy góp ý…';

export const REASON_REQUIRED = 'Hãy ghi lý do mở lại (bắt buộc): lý do được lưu trong tab «Lịch sử nộp, mở lại».';

/** `timing`: how often the sidebar looks for edits (tests may shorten it; the product uses LIVE_TIMING). */
export function startSidebar(root: HTMLElement, server: SidebarServerClient = defaultServer, timing: LiveTiming = LIVE_TIMING): void {
  let state: SidebarState | null = null;
  let lastOffice: OfficeView | null = null;
  let mode: Mode = 'auto';
  const model: Model = {
    screen: { kind: 'loading' },
    notice: null,
    busy: null,
    error: null,
    consolidation: null,
    pdfExport: null,
    changes: null,
    selectedCell: null,
    reopening: null,
    comments: null,
    commentDrafts: {},
    pastPeriods: null,
    archivedTab: null,
  };
  /** Bumped by every user action: a background refresh started before one is stale and dropped. */
  let generation = 0;
  /** The error box shows a failed background refresh: the next one that works takes it away. */
  let refreshFailed = false;

  function currentScreen(): Screen {
    if (!state) return { kind: 'loading' };
    const office = state.office || lastOffice;
    if (mode === 'office' && office) return { kind: 'office', office };
    if (state.division) return { kind: 'division', division: state.division, backToOffice: office !== null };
    if (office) return { kind: 'office', office };
    return { kind: 'nothing' };
  }

  function update(): void {
    model.screen = currentScreen();
    model.notice = state ? state.notice : null;
    try {
      render(root, model, actions);
    } catch (error) {
      // Data the views could not draw: say so rather than leave a half-drawn sidebar.
      state = null;
      model.screen = { kind: 'loading' };
      model.notice = null;
      model.error = `Không hiển thị được dữ liệu (${toError(error).message})`;
      render(root, model, actions);
    }
  }

  function accept(next: SidebarState): void {
    if (!next || typeof next !== 'object') throw new Error('Máy chủ trả về dữ liệu không hợp lệ.');
    const before = commentsKey();
    state = next;
    if (next.office) lastOffice = next.office;
    // Another view's comments are not this one's: they are fetched again (loadComments), never shown for the wrong tab.
    if (commentsKey() !== before) model.comments = null;
    loadComments();
  }

  /** Which comments the state's view shows: its division's tab (or the Office's overview). */
  function commentsKey(): string | null {
    return state ? `${state.isOffice ? 'office' : 'division'}:${state.division ? state.division.tabName : ''}` : null;
  }

  /**
   * Leadership's comments, asked for after each state in a call of their own (the state's calls stay within their
   * budget): drawn when they arrive, without a busy line; an answer to a view the user has left is dropped.
   */
  function loadComments(): void {
    if (!state) return;
    const key = commentsKey();
    const tabName = state.division ? state.division.tabName : null;
    server.getLeadershipComments(tabName).then(
      (panel) => {
        if (commentsKey() !== key || !panel || typeof panel !== 'object') return;
        const before = JSON.stringify(model.comments);
        model.comments = panel;
        if (JSON.stringify(panel) !== before && model.busy === null) update();
      },
      () => {
        // The sidebar's own work goes on; the comments panel says nothing rather than something wrong.
      },
    );
  }

  /** A background refresh's answer: drawn only when something changed, so nothing moves for nothing. */
  function acceptQuietly(next: SidebarState, kind: LiveKind): void {
    const before = JSON.stringify(state);
    accept(next);
    // The overview's minute refresh keeps showing the overview, whichever tab the Office has clicked meanwhile.
    if (kind === 'office') mode = 'office';
    if (JSON.stringify(state) !== before) update();
  }

  /** One server call (or a short chain) at a time; the sidebar shows `busyText` until it ends. */
  async function perform(busyText: string, task: () => Promise<void>): Promise<void> {
    if (model.busy !== null) return;
    generation += 1;
    refreshFailed = false;
    model.busy = busyText;
    model.error = null;
    update();
    try {
      await task();
    } catch (error) {
      const err = toError(error);
      model.error = err.message || String(error);
    } finally {
      model.busy = null;
      update();
    }
  }

  const actions: Actions = {
    recheck: (tabName) =>
      void perform(BUSY_WORKING, async () => {
        accept(await server.getSidebarState(tabName));
        mode = 'auto';
      }),
    submit: (tabName) =>
      void perform(BUSY_WORKING, async () => {
        accept(await server.markSubmitted(tabName));
        mode = 'auto';
      }),
    askReopen: (tabName) => {
      if (model.busy !== null) return;
      model.reopening = tabName;
      model.error = null;
      update();
    },
    cancelReopen: () => {
      model.reopening = null;
      update();
    },
    reopen: (tabName, reason) => {
      if (!reason.trim()) {
        model.error = REASON_REQUIRED;
        update();
        return;
      }
      void perform(BUSY_WORKING, async () => {
        accept(await server.reopenDivision(tabName, reason.trim()));
        model.reopening = null;
        mode = 'auto';
      });
    },
    selectFinding: (tabName, cell) =>
      void perform(BUSY_WORKING, async () => {
        model.selectedCell = cell;
        await server.selectCell(tabName, cell);
      }),
    showOffice: () => {
      if (model.busy !== null) return;
      mode = 'office';
      model.selectedCell = null;
      model.error = null;
      update();
    },
    refreshOffice: () =>
      void perform(BUSY_WORKING, async () => {
        accept(await server.getSidebarState(null));
        mode = 'office';
      }),
    reload: () =>
      void perform(BUSY_LOADING, async () => {
        accept(await server.getSidebarState(null));
        mode = 'auto';
      }),
    openDivision: (tabName) =>
      void perform(BUSY_WORKING, async () => {
        await server.openDivisionTab(tabName);
        accept(await server.getSidebarState(tabName));
        mode = 'auto';
        model.selectedCell = null;
      }),
    consolidate: () =>
      void perform(BUSY_CONSOLIDATING, async () => {
        model.consolidation = null;
        model.consolidation = await server.runConsolidation();
        // The list was about the version just made: it is no longer what changed since the last one.
        model.changes = null;
      }),
    exportPdf: (version) =>
      void perform(BUSY_EXPORTING, async () => {
        model.pdfExport = null;
        if (version !== null && !(Number.isInteger(version) && version > 0)) throw new Error('Số bản phải là số nguyên dương (xem cột «Bản» trong tab Lịch sử tổng hợp), hoặc để trống để xuất bản mới nhất.');
        model.pdfExport = await server.exportPdfForSigning(version);
      }),
    syncComments: () =>
      void perform(BUSY_COMMENTS, async () => {
        const office = await server.syncLeadershipComments();
        // The division part stays as it was: the sync changes what the Office sees.
        model.comments = { ...(model.comments ?? office), office: office.office, notice: office.notice };
      }),
    answerComment: (tabName, commentId, text) =>
      void perform(BUSY_WORKING, async () => {
        const panel = await server.answerComment(tabName, commentId, text);
        model.comments = { ...panel, office: model.comments ? model.comments.office : null };
        delete model.commentDrafts[commentId];
      }),
    showChanges: () =>
      void perform(BUSY_WORKING, async () => {
        model.changes = null;
        const changes = await server.getChangesSinceLastVersion();
        if (!changes || typeof changes !== 'object' || !Array.isArray(changes.divisions)) throw new Error('Máy chủ trả về dữ liệu không hợp lệ.');
        model.changes = changes;
      }),
    showPastPeriods: () =>
      void perform(BUSY_LOADING, async () => {
        model.pastPeriods = await server.getPastPeriods();
      }),
    viewArchived: (periodId, tabName) =>
      void perform(BUSY_LOADING, async () => {
        model.archivedTab = null;
        model.archivedTab = await server.viewArchivedTab(periodId, tabName);
      }),
    openArchive: (periodId) =>
      void perform(BUSY_WORKING, async () => {
        await server.openArchiveTab(periodId);
      }),
    rebuild: (periodId) =>
      void perform(BUSY_CONSOLIDATING, async () => {
        model.consolidation = null;
        model.consolidation = await server.rebuildArchivedReport(periodId);
      }),
    dismissError: () => {
      model.error = null;
      update();
    },
  };

  actions.reload();

  startLiveRefresh(timing, {
    watched: () => {
      const screen = currentScreen();
      if (model.busy !== null || !state) return null;
      if (screen.kind === 'division' && state.live) return { kind: 'division', tabName: screen.division.tabName, live: state.live };
      if (screen.kind === 'office') return { kind: 'office' };
      return null;
    },
    generation: () => generation,
    server,
    accept: acceptQuietly,
    recovered: () => {
      if (!refreshFailed) return;
      refreshFailed = false;
      model.error = null;
      update();
    },
    fail: (message) => {
      if (model.busy !== null) return;
      refreshFailed = true;
      model.error = message;
      update();
    },
  });
}
