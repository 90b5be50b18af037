/**
 * Leadership's comments in the sidebar: a division's, by version, each with the text it is about and an
 * answer box with "Đã tiếp thu"; and the Office's overview (open comments per division, the ones no division
 * matched, and "Lấy góp ý"). Text from the server only ever becomes text nodes (dom.ts).
 */
import type { CommentsPanel, LeadershipCommentView } from '../core/sidebarApi';
import { button, el, type Child } from './dom';

export interface CommentActions {
  answerComment(tabName: string, commentId: string, text: string): void;
  syncComments(): void;
}

/** What a person typed in an answer box, kept across redraws by comment id. */
export type Drafts = Record<string, string>;

function answerBox(tabName: string, c: LeadershipCommentView, busy: boolean, drafts: Drafts, actions: CommentActions): HTMLElement {
  // A one-line answer, shown wrapped over two lines so it can be read in 300 px; Enter sends it.
  const input = el('textarea', {
    className: 'comment-answer-input',
    attrs: { rows: '2', maxlength: '500', placeholder: 'Nội dung tiếp thu, giải trình (một dòng)', 'aria-label': `Trả lời góp ý của ${c.author || 'lãnh đạo'}` },
  });
  input.value = drafts[c.commentId] ?? c.answer ?? '';
  input.disabled = busy;
  input.addEventListener('input', () => {
    drafts[c.commentId] = input.value;
  });
  const send = () => actions.answerComment(tabName, c.commentId, input.value);
  input.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Enter') return;
    event.preventDefault();
    if (!input.disabled) send();
  });
  // Until the Office's sync posts it, an answer may still be corrected.
  const label = c.answer === null ? 'Đã tiếp thu' : 'Sửa trả lời';
  return el('div', { className: 'comment-answer-box' }, input, button({ className: 'btn btn-primary', disabled: busy, title: 'Gửi trả lời; Văn phòng Sở sẽ đưa vào văn bản dưới góp ý này', onClick: send }, label));
}

function answerLine(c: LeadershipCommentView): Child {
  if (c.answer === null) return null;
  const meta = [c.answeredBy, c.answeredAt].filter((x) => x).join(', ');
  return el(
    'div',
    { className: 'comment-answer' },
    el('p', { className: 'comment-answer-text' }, c.answer ? `Đã tiếp thu — ${c.answer}` : 'Đã tiếp thu.'),
    el('p', { className: 'comment-answer-meta' }, `${meta}${meta ? ' · ' : ''}${c.posted ? 'đã gửi vào văn bản' : 'chờ Văn phòng Sở gửi vào văn bản'}`),
  );
}

export function commentCard(c: LeadershipCommentView, answer: Child): HTMLElement {
  return el(
    'li',
    { className: 'comment' },
    c.quoted ? el('blockquote', { className: 'comment-quote' }, c.quoted) : null,
    el('p', { className: 'comment-meta' }, el('b', {}, c.author || 'Lãnh đạo'), c.time ? ` · ${c.time}` : '', ' · ', el('span', { className: 'comment-state' }, c.stateLabel)),
    el('p', { className: 'comment-content' }, c.content),
    answerLine(c),
    answer,
  );
}

/** A division's comments, below its findings. */
export function renderDivisionComments(panel: CommentsPanel, busy: boolean, drafts: Drafts, actions: CommentActions): HTMLElement {
  const tabName = panel.tabName ?? '';
  const groups = panel.groups.map((g) =>
    el(
      'div',
      { className: 'comment-group' },
      el('h2', { className: 'comments-title' }, g.title),
      el('ul', { className: 'comment-list' }, ...g.comments.map((c) => commentCard(c, c.canAnswer && tabName ? answerBox(tabName, c, busy, drafts, actions) : null))),
    ),
  );
  return el(
    'section',
    { className: 'comments', attrs: { 'aria-label': 'Góp ý của lãnh đạo' } },
    groups.length ? null : el('h2', { className: 'comments-title' }, 'Góp ý của lãnh đạo'),
    panel.notice ? el('p', { className: 'comments-notice', attrs: { role: 'note' } }, panel.notice) : null,
    ...(groups.length ? groups : [el('p', { className: 'hint' }, 'Chưa có góp ý nào của lãnh đạo về phần của phòng, đơn vị.')]),
  );
}

/** The Office's overview: counts per division, the unmatched comments, and "Lấy góp ý". */
export function renderOfficeComments(panel: CommentsPanel, busy: boolean, actions: CommentActions): HTMLElement | null {
  const o = panel.office;
  if (!o) return null;
  const withComments = o.divisions.filter((d) => d.total > 0);
  return el(
    'section',
    { className: 'comments comments-office', attrs: { 'aria-label': 'Góp ý của lãnh đạo' } },
    el('h2', { className: 'comments-title' }, 'Góp ý của lãnh đạo'),
    el('p', { className: 'comments-synced' }, o.syncedAt ? `Lấy lần cuối: ${o.syncedAt}` : 'Chưa lấy góp ý lần nào.'),
    el('div', { className: 'actions' }, button({ className: 'btn', disabled: busy, title: 'Đọc góp ý trong các văn bản tổng hợp và gửi trả lời của các phòng, đơn vị', onClick: actions.syncComments }, 'Lấy góp ý')),
    panel.notice ? el('p', { className: 'comments-notice', attrs: { role: 'note' } }, panel.notice) : null,
    withComments.length
      ? el(
          'ul',
          { className: 'comment-counts' },
          ...withComments.map((d) => el('li', {}, el('span', { className: 'row-name' }, d.divisionName), el('span', { className: d.open > 0 ? 'count-open' : 'count-done' }, `${d.open} chưa trả lời / ${d.total} góp ý`))),
        )
      : el('p', { className: 'hint' }, 'Chưa có góp ý nào về phần của các phòng, đơn vị.'),
    o.unmatched.length
      ? el(
          'div',
          { className: 'comment-group unmatched' },
          el('h3', { className: 'comments-subtitle' }, `Chưa xác định phòng, đơn vị (${o.unmatched.length})`),
          el('p', { className: 'hint' }, 'Để chuyển cho một phòng, đơn vị: ghi tên phòng, đơn vị vào cột «Phòng, đơn vị» của dòng góp ý trong tab «Góp ý».'),
          el('ul', { className: 'comment-list' }, ...o.unmatched.map((c) => commentCard(c, null))),
        )
      : null,
  );
}
