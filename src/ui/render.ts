/**
 * Draws the sidebar from a Screen: the division view, the office view, the busy line and the error box.
 * Pure DOM building (see dom.ts); every decision about what to call lives in main.ts.
 */
import {
  STATUS_LABELS,
  type ArchivedTabView,
  type PastPeriodsView,
  type CommentsPanel,
  type ConsolidationResult,
  type DivisionView,
  type FindingView,
  type OfficeDivisionRow,
  type OfficeView,
  type PdfExportResult,
  type SectionFindings,
  type SubmissionHistoryLine,
  type VersionChangesView,
} from '../core/sidebarApi';
import { button, clear, el, type Child } from './dom';
import { renderPastPeriods, type PastPeriodActions } from './pastPeriods';
import { clampPercent, formatDate, formatDateTime, formatDaysLeft, formatShortDateTime, isWebUrl } from './format';
import { keep, restore } from './keep';
import { renderDivisionComments, renderOfficeComments, type CommentActions, type Drafts } from './renderComments';

export type Screen = { kind: 'loading' } | { kind: 'division'; division: DivisionView; backToOffice: boolean } | { kind: 'office'; office: OfficeView } | { kind: 'nothing' };

export interface Model {
  screen: Screen;
  notice: string | null;
  /** What the sidebar is waiting for ("Đang xử lý…"), or null when idle. */
  busy: string | null;
  /** The message of the last failed call, or null. */
  error: string | null;
  consolidation: ConsolidationResult | null;
  /** The PDF "Xuất PDF để ký" last made, or null. */
  pdfExport: PdfExportResult | null;
  /** What changed since the last "Tổng hợp", when the Office asked; null otherwise. */
  changes: VersionChangesView | null;
  /** The cell of the finding last clicked, to highlight it. */
  selectedCell: string | null;
  /** The tab whose reopening the Office is confirming (the reason box is open), or null. */
  reopening: string | null;
  /** Leadership's comments for this view, or null when the server sent none. */
  comments: CommentsPanel | null;
  /** Answers being typed, by comment id. */
  commentDrafts: Drafts;
  /** The archived periods, once asked for; the archived tab last viewed. */
  pastPeriods: PastPeriodsView | null;
  archivedTab: ArchivedTabView | null;
}

export interface Actions extends CommentActions, PastPeriodActions {
  recheck(tabName: string): void;
  submit(tabName: string): void;
  /** Opens the box asking why the tab is reopened. */
  askReopen(tabName: string): void;
  cancelReopen(): void;
  reopen(tabName: string, reason: string): void;
  selectFinding(tabName: string, cell: string): void;
  showOffice(): void;
  refreshOffice(): void;
  /** Asks again about the active sheet (getSidebarState(null)). */
  reload(): void;
  openDivision(tabName: string): void;
  consolidate(): void;
  /** "Xuất PDF để ký" for run `version`, the latest when null. */
  exportPdf(version: number | null): void;
  /** "Xem thay đổi so với bản trước": what the next "Tổng hợp" will list as changed. */
  showChanges(): void;
  dismissError(): void;
}

/** "3 lỗi, 1 cảnh báo", each count coloured when it is not zero. */
function counts(errors: number, warnings: number): Child[] {
  return [el('span', { className: errors > 0 ? 'count-error' : '' }, `${errors} lỗi`), ', ', el('span', { className: warnings > 0 ? 'count-warning' : '' }, `${warnings} cảnh báo`)];
}

/** Draws the whole sidebar anew in one swap, keeping the scroll position and what the user is typing (keep.ts). */
export function render(root: HTMLElement, model: Model, actions: Actions): void {
  const kept = keep(root);
  const out = document.createDocumentFragment();
  draw(out, model, actions);
  const busy = model.busy !== null;
  root.setAttribute('aria-busy', busy ? 'true' : 'false');
  clear(root);
  root.appendChild(out);
  restore(root, kept);
}

function draw(root: DocumentFragment, model: Model, actions: Actions): void {
  const busy = model.busy !== null;
  root.appendChild(renderStatusBar(model, actions));
  if (model.notice) root.appendChild(el('div', { className: 'notice', attrs: { role: 'note' } }, model.notice));
  const screen = model.screen;
  switch (screen.kind) {
    case 'loading':
      // Nothing came from the server yet; once the first call has failed, offer to try again.
      if (!busy) {
        root.appendChild(el('div', { className: 'view actions' }, button({ className: 'btn', onClick: actions.reload }, 'Thử lại')));
      }
      break;
    case 'division':
      root.appendChild(renderDivision(screen.division, screen.backToOffice, model, actions));
      break;
    case 'office':
      root.appendChild(renderOffice(screen.office, model, actions));
      break;
    case 'nothing':
      root.appendChild(renderNothing(busy, actions));
      break;
  }
}

function renderStatusBar(model: Model, actions: Actions): HTMLElement {
  const bar = el('div', { className: 'status-bar' });
  if (model.busy !== null) {
    bar.appendChild(
      el('div', { className: 'busy', attrs: { role: 'status', 'aria-live': 'polite' } }, el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), el('span', { className: 'busy-text' }, model.busy)),
    );
  }
  if (model.error !== null) {
    bar.appendChild(
      el(
        'div',
        { className: 'error-box', attrs: { role: 'alert' } },
        el('span', { className: 'error-text' }, `Không thực hiện được: ${model.error}`),
        button({ className: 'error-close', title: 'Đóng', attrs: { 'aria-label': 'Đóng' }, onClick: actions.dismissError }, '×'),
      ),
    );
  }
  return bar;
}

function statusBadge(status: string, label: string): HTMLElement {
  const known = Object.prototype.hasOwnProperty.call(STATUS_LABELS, status);
  const text = label || (known ? STATUS_LABELS[status as keyof typeof STATUS_LABELS] : status);
  return el('span', { className: `badge badge-${known ? status : 'unknown'}`, attrs: { title: text } }, text);
}

function backLink(busy: boolean, actions: Actions): HTMLElement {
  return button({ className: 'link back-link', disabled: busy, onClick: actions.showOffice }, '← Tất cả phòng, đơn vị');
}

function progressBar(percent: number, label: string): HTMLElement {
  const value = clampPercent(percent);
  const fill = el('div', { className: 'progress-fill' });
  fill.style.width = `${value}%`;
  return el(
    'div',
    {
      className: 'progress',
      attrs: { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(value), 'aria-label': label },
    },
    fill,
  );
}

// ---------------------------------------------------------------- division view

function renderDivision(d: DivisionView, backToOffice: boolean, model: Model, actions: Actions): HTMLElement {
  const busy = model.busy !== null;
  const percent = clampPercent(d.progressPercent);
  const progressText = `Đã nhập ${d.filledCells}/${d.requiredCells} ô bắt buộc (${percent}%)`;
  const submitted = d.status === 'submitted';

  const buttons: Child[] = [
    button({ className: 'btn', disabled: busy, onClick: () => actions.recheck(d.tabName) }, 'Kiểm tra lại'),
    submitted
      ? null
      : button(
          {
            className: 'btn btn-primary',
            disabled: busy || !d.canSubmit,
            title: d.canSubmit ? 'Báo cho Văn phòng biết biểu mẫu đã hoàn thành' : 'Cần sửa hết lỗi trước khi nộp',
            onClick: () => actions.submit(d.tabName),
          },
          'Đánh dấu đã nộp',
        ),
    d.canReopen && model.reopening !== d.tabName ? button({ className: 'btn', disabled: busy, onClick: () => actions.askReopen(d.tabName) }, 'Mở lại để sửa') : null,
  ];

  let submittedLine: HTMLElement | null = null;
  if (d.submittedAt) {
    submittedLine = el('p', { className: 'submitted' }, `Đã nộp lúc ${formatDateTime(d.submittedAt)}${d.submittedBy ? ` bởi ${d.submittedBy}` : ''}`);
  }

  const hint = !submitted && !d.canSubmit && d.errorCount > 0 ? el('p', { className: 'hint' }, 'Sửa hết lỗi để có thể đánh dấu đã nộp.') : null;

  const findings = d.groups.some((g) => g.findings.length > 0)
    ? el('div', { className: 'findings' }, ...d.groups.filter((g) => g.findings.length > 0).map((g) => renderGroup(d.tabName, g, model, actions)))
    : el('p', { className: 'all-clear' }, 'Không còn lỗi hay cảnh báo nào.');

  return el(
    'section',
    { className: 'view division-view', attrs: { 'aria-label': 'Kết quả kiểm tra' } },
    backToOffice ? backLink(busy, actions) : null,
    el('div', { className: 'title-row' }, el('h1', { className: 'division-name' }, d.divisionName), statusBadge(d.status, d.statusLabel)),
    progressBar(percent, progressText),
    el('p', { className: 'progress-text' }, progressText),
    el('p', { className: 'counts' }, ...counts(d.errorCount, d.warningCount)),
    submittedLine,
    el('div', { className: 'actions' }, ...buttons),
    d.canReopen && model.reopening === d.tabName ? renderReopenForm(d.tabName, busy, actions) : null,
    hint,
    findings,
    model.comments ? renderDivisionComments(model.comments, busy, model.commentDrafts, actions) : null,
    renderPastPeriods(model.pastPeriods, model.archivedTab, d.tabName, busy, actions),
  );
}

/** The Office says why it reopens a submitted tab; the reason goes into «Lịch sử nộp, mở lại». */
function renderReopenForm(tabName: string, busy: boolean, actions: Actions): HTMLElement {
  const reason = el('textarea', {
    className: 'reopen-reason',
    attrs: { rows: '3', 'data-keep': `reopen-reason:${tabName}`, 'aria-label': 'Lý do mở lại (bắt buộc)', placeholder: 'Ví dụ: lãnh đạo yêu cầu bổ sung số liệu mục II' },
  });
  reason.disabled = busy;
  return el(
    'div',
    { className: 'reopen-form' },
    el('label', { className: 'reopen-label' }, 'Lý do mở lại (bắt buộc, ghi vào lịch sử nộp, mở lại):', reason),
    el(
      'div',
      { className: 'actions' },
      button({ className: 'btn btn-primary', disabled: busy, onClick: () => actions.reopen(tabName, reason.value) }, 'Xác nhận mở lại'),
      button({ className: 'btn', disabled: busy, onClick: actions.cancelReopen }, 'Hủy'),
    ),
  );
}

function renderGroup(tabName: string, group: SectionFindings, model: Model, actions: Actions): HTMLElement {
  const title = group.title || (group.sectionId ? `Mục ${group.sectionId}` : 'Chung');
  return el('div', { className: 'group' }, el('h2', { className: 'group-title' }, title), el('ul', { className: 'finding-list' }, ...group.findings.map((f) => el('li', {}, renderFinding(tabName, f, model, actions)))));
}

function renderFinding(tabName: string, f: FindingView, model: Model, actions: Actions): HTMLElement {
  const isError = f.severity === 'error';
  const severityLabel = isError ? 'Lỗi' : 'Cảnh báo';
  const selected = model.selectedCell === f.cell;
  return button(
    {
      className: `finding finding-${isError ? 'error' : 'warning'}${selected ? ' selected' : ''}`,
      disabled: model.busy !== null,
      title: `Chọn ô ${f.cell}`,
      onClick: () => actions.selectFinding(tabName, f.cell),
    },
    el('span', { className: 'severity-icon', attrs: { role: 'img', 'aria-label': severityLabel, title: severityLabel } }, isError ? '×' : '!'),
    el('span', { className: 'finding-text' }, el('b', { className: 'finding-cell' }, f.cell), ' ', el('span', { className: 'finding-message' }, f.message)),
  );
}

// ---------------------------------------------------------------- office view

function renderOffice(o: OfficeView, model: Model, actions: Actions): HTMLElement {
  const busy = model.busy !== null;
  const total = o.divisions.length;
  const deadlineClass = o.daysLeft < 0 ? 'late' : o.daysLeft === 0 ? 'due-today' : 'days-left';
  return el(
    'section',
    { className: 'view office-view', attrs: { 'aria-label': 'Tình hình nộp báo cáo' } },
    el('h1', { className: 'period' }, o.periodLabel),
    el('p', { className: 'deadline' }, `Hạn nộp: ${formatDate(o.deadline)} · `, el('span', { className: deadlineClass }, formatDaysLeft(o.daysLeft))),
    progressBar(total > 0 ? (o.completeCount / total) * 100 : 0, `${o.completeCount}/${total} phòng, đơn vị đã đủ`),
    el('p', { className: 'complete-count' }, `${o.completeCount}/${total} phòng, đơn vị đã đủ`),
    el(
      'div',
      { className: 'actions' },
      button({ className: 'btn btn-primary', disabled: busy, title: 'Tạo báo cáo tổng hợp từ các phòng, đơn vị', onClick: actions.consolidate }, 'Tổng hợp'),
      button({ className: 'btn', disabled: busy, onClick: actions.refreshOffice }, 'Cập nhật'),
    ),
    el(
      'div',
      { className: 'actions' },
      button({ className: 'btn', disabled: busy, title: 'Những gì bản tổng hợp tới sẽ ghi là đã thay đổi so với bản gần nhất', onClick: actions.showChanges }, 'Xem thay đổi so với bản trước'),
    ),
    model.changes ? renderChanges(model.changes) : null,
    model.consolidation ? renderConsolidation(model.consolidation) : null,
    renderPdfExport(busy, actions),
    model.pdfExport ? renderPdfResult(model.pdfExport) : null,
    model.comments ? renderOfficeComments(model.comments, busy, actions) : null,
    total > 0
      ? el('ul', { className: 'division-list' }, ...o.divisions.map((row) => el('li', {}, renderDivisionRow(row, busy, actions), renderHistory(row.history))))
      : el('p', { className: 'hint' }, 'Chưa có phòng, đơn vị nào trong trang Cấu hình.'),
    renderPastPeriods(model.pastPeriods, model.archivedTab, null, busy, actions),
  );
}

function renderDivisionRow(row: OfficeDivisionRow, busy: boolean, actions: Actions): HTMLElement {
  const lastEdit = row.lastEditedAt ? `Sửa lần cuối: ${formatShortDateTime(row.lastEditedAt)}` : 'Chưa có chỉnh sửa';
  return button(
    {
      className: 'division-row',
      disabled: busy,
      title: 'Mở trang tính và xem kết quả kiểm tra',
      onClick: () => actions.openDivision(row.tabName),
    },
    el('span', { className: 'row-top' }, el('span', { className: 'row-name' }, row.divisionName), statusBadge(row.status, row.statusLabel)),
    el('span', { className: 'row-meta' }, ...counts(row.errorCount, row.warningCount), ' · ', el('span', { className: 'last-edit' }, lastEdit)),
  );
}

/** The division's last submissions, reopenings and changes after submission, newest first. */
function renderHistory(lines: SubmissionHistoryLine[] | undefined): HTMLElement | null {
  if (!lines || lines.length === 0) return null;
  return el(
    'ul',
    { className: 'history-list', attrs: { 'aria-label': 'Lịch sử nộp, mở lại' } },
    ...lines.map((h) =>
      el(
        'li',
        { className: 'history-line' },
        `${formatShortDateTime(h.at)} · ${h.action} · ${h.by}`,
        h.cells ? ` · ${h.cells}: ${h.oldValue || '(trống)'} → ${h.newValue || '(trống)'}` : '',
        h.reason ? ` · Lý do: ${h.reason}` : '',
      ),
    ),
  );
}

/** "Xuất PDF để ký": which run (Bản) to export, empty for the latest; then the button. */
function renderPdfExport(busy: boolean, actions: Actions): HTMLElement {
  const input = el('input', {
    className: 'pdf-version',
    attrs: { 'data-keep': 'pdf-version', type: 'number', min: '1', step: '1', inputmode: 'numeric', placeholder: 'mới nhất', 'aria-label': 'Bản cần xuất PDF (để trống: bản mới nhất)' },
  });
  input.disabled = busy;
  const exportIt = () => {
    const typed = input.value.trim();
    actions.exportPdf(typed === '' ? null : Number(typed));
  };
  return el(
    'div',
    { className: 'actions pdf-export' },
    el('label', {}, 'Bản ', input),
    button({ className: 'btn', disabled: busy, title: 'Xuất văn bản tổng hợp (kèm góp ý đã sửa) ra PDF cạnh văn bản, để ký số', onClick: exportIt }, 'Xuất PDF để ký'),
  );
}

function renderPdfResult(r: PdfExportResult): HTMLElement {
  let pdf: HTMLElement;
  if (isWebUrl(r.url)) {
    const a = el('a', { className: 'pdf-link', attrs: { target: '_blank', rel: 'noopener noreferrer' } }, r.name);
    a.href = r.url;
    pdf = a;
  } else {
    pdf = el('span', { className: 'pdf-name' }, r.name);
  }
  return el('div', { className: 'pdf-result', attrs: { role: 'status' } }, el('p', {}, `Đã xuất PDF để ký (bản ${r.version}): `, pdf));
}

/** The changes since the last version, as the next Doc lists them: a title, then per division its changes (text only). */
function renderChanges(c: VersionChangesView): HTMLElement {
  return el(
    'div',
    { className: 'version-changes', attrs: { role: 'status' } },
    c.title ? el('p', { className: 'changes-title' }, el('b', {}, c.title)) : null,
    c.message ? el('p', { className: 'hint' }, c.message) : null,
    c.divisions.length ? el('ul', { className: 'changes-list' }, ...c.divisions.map((d) => el('li', {}, el('b', {}, d.name), el('ul', {}, ...d.items.map((item) => el('li', {}, item)))))) : null,
  );
}

function renderConsolidation(r: ConsolidationResult): HTMLElement {
  const name = r.name || 'Báo cáo tổng hợp';
  let doc: HTMLElement;
  if (isWebUrl(r.url)) {
    const a = el('a', { className: 'doc-link', attrs: { target: '_blank', rel: 'noopener noreferrer' } }, name);
    a.href = r.url;
    doc = a;
  } else {
    doc = el('span', { className: 'doc-name' }, name);
  }
  return el('div', { className: 'consolidation', attrs: { role: 'status' } }, el('p', {}, 'Đã tạo báo cáo tổng hợp: ', doc), el('p', {}, `${r.completeCount}/${r.divisionCount} phòng, đơn vị đã đủ`));
}

// ---------------------------------------------------------------- neither

function renderNothing(busy: boolean, actions: Actions): HTMLElement {
  return el(
    'section',
    { className: 'view' },
    el('p', {}, 'Trang tính đang mở không phải biểu mẫu của phòng, đơn vị nào.'),
    el('p', { className: 'hint' }, 'Hãy mở trang tính của phòng, đơn vị mình rồi bấm "Kiểm tra lại".'),
    el('div', { className: 'actions' }, button({ className: 'btn', disabled: busy, onClick: actions.reload }, 'Kiểm tra lại')),
  );
}
