/**
 * The sidebar's controller: holds what the server last said, decides which view to show, and runs
 * every server call the same way (buttons disabled and a spinner while it runs, the error shown if it fails).
 */
import type { OfficeView, SidebarState } from '../core/sidebarApi';
import { render, type Actions, type Model, type Screen } from './render';
import { server as defaultServer, toError, type SidebarServerClient } from './server';

/** 'office': the Office chose "← Tất cả phòng, đơn vị"; 'auto': show the division when there is one. */
type Mode = 'auto' | 'office';

export const BUSY_LOADING = 'Đang tải…';
export const BUSY_WORKING = 'Đang xử lý…';
export const BUSY_CONSOLIDATING = 'Đang tổng hợp…';
export const BUSY_EXPORTING = 'Đang xuất PDF…';

export function startSidebar(root: HTMLElement, server: SidebarServerClient = defaultServer): void {
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
    selectedCell: null,
    pastPeriods: null,
    archivedTab: null,
  };

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
    state = next;
    if (next.office) lastOffice = next.office;
  }

  /** One server call (or a short chain) at a time; the sidebar shows `busyText` until it ends. */
  async function perform(busyText: string, task: () => Promise<void>): Promise<void> {
    if (model.busy !== null) return;
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
    reopen: (tabName) =>
      void perform(BUSY_WORKING, async () => {
        accept(await server.reopenDivision(tabName));
        mode = 'auto';
      }),
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
      }),
    exportPdf: (version) =>
      void perform(BUSY_EXPORTING, async () => {
        model.pdfExport = null;
        if (version !== null && !(Number.isInteger(version) && version > 0)) throw new Error('Số bản phải là số nguyên dương (xem cột «Bản» trong tab Lịch sử tổng hợp), hoặc để trống để xuất bản mới nhất.');
        model.pdfExport = await server.exportPdfForSigning(version);
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
}
