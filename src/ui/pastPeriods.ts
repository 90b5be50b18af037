/**
 * The past periods in the sidebar: "Các kỳ trước" lists the archived periods; a division views its own archived tab
 * read-only; the Office opens the protected archive tab, or rebuilds that period's report ("Tổng hợp lại kỳ này").
 */
import type { ArchivedTabView, PastPeriodsView } from '../core/sidebarApi';
import { button, el } from './dom';

export interface PastPeriodActions {
  showPastPeriods(): void;
  viewArchived(periodId: string, tabName: string): void;
  openArchive(periodId: string): void;
  rebuild(periodId: string): void;
}

/** `tabName`: the division whose archived tab "Xem" shows; null in the Office's overview (it opens the archive tab). */
export function renderPastPeriods(past: PastPeriodsView | null, archived: ArchivedTabView | null, tabName: string | null, busy: boolean, actions: PastPeriodActions): HTMLElement {
  const block = el('div', { className: 'past-periods' }, el('h2', { className: 'past-periods-title' }, 'Các kỳ trước'));
  if (!past) {
    block.appendChild(button({ className: 'btn', disabled: busy, onClick: actions.showPastPeriods }, 'Xem các kỳ đã lưu trữ'));
    return block;
  }
  if (past.periods.length === 0) {
    block.appendChild(el('p', { className: 'hint' }, 'Chưa có kỳ nào được lưu trữ (mỗi lần «Sang kỳ báo cáo mới», kỳ vừa xong được lưu trữ ở đây).'));
    return block;
  }
  block.appendChild(
    el(
      'ul',
      { className: 'past-period-list' },
      ...past.periods.map((p) =>
        el(
          'li',
          {},
          el('span', { className: 'past-period-name' }, p.name),
          ' ',
          tabName
            ? button({ className: 'link', disabled: busy, onClick: () => actions.viewArchived(p.periodId, tabName) }, 'Xem')
            : button({ className: 'link', disabled: busy, title: 'Mở tab lưu trữ (chỉ xem)', onClick: () => actions.openArchive(p.periodId) }, 'Mở tab lưu trữ'),
          past.isOffice ? button({ className: 'link', disabled: busy, title: 'Lập lại báo cáo của kỳ này từ số liệu lưu trữ', onClick: () => actions.rebuild(p.periodId) }, 'Tổng hợp lại kỳ này') : null,
        ),
      ),
    ),
  );
  if (archived) {
    const rows = archived.rows.filter((r) => r.some((v) => v !== ''));
    block.appendChild(
      el(
        'div',
        { className: 'archived-tab', attrs: { role: 'region', 'aria-label': `Số liệu lưu trữ của ${archived.divisionName}` } },
        el('p', {}, `${archived.divisionName} — ${archived.statusLabel} (chỉ xem)`),
        el('table', { className: 'archived-rows' }, ...rows.map((r) => el('tr', {}, ...r.map((v) => el('td', {}, v))))),
      ),
    );
  }
  return block;
}
