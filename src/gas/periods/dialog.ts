/**
 * The dialog of "Sang kỳ báo cáo mới": the next period of the cycle proposed with its deadline and data cut-off,
 * which the Office confirms or edits. The dialog names the period it moves from, so a second click changes nothing.
 */
import { formatDate, readDate } from '../../core/dates';
import { periodOfYear } from '../../core/form';
import { dataCutOff } from '../../core/periods/cutoff';
import { periodId } from '../../core/periods/kind';
import { nextPeriod } from '../../core/periods/next';
import { requireSettings } from '../sheet/settingsSheet';
import type { NextPeriodRequest } from './moveToNextPeriod';

export interface NextPeriodProposal {
  from: string;
  fromName: string;
  periodLabel: string;
  year: number;
  /** dd/mm/yyyy, as the Office types dates. */
  deadline: string;
  dataFrom: string;
  dataTo: string;
}

export function proposeNextPeriod(): NextPeriodProposal {
  const settings = requireSettings(SpreadsheetApp.getActiveSpreadsheet());
  const next = nextPeriod(settings.period);
  if (!next) throw new Error(`Tab Cấu hình: kỳ báo cáo «${settings.period.periodLabel}» không phải là kỳ đã biết (6 tháng đầu năm, 9 tháng đầu năm, cả năm, quý I–IV); sửa lại rồi chạy lại.`);
  const cut = dataCutOff(next);
  return {
    from: periodId(settings.period),
    fromName: periodOfYear(settings.period.periodLabel, settings.period.year),
    periodLabel: next.periodLabel,
    year: next.year,
    deadline: formatDate(next.deadline),
    dataFrom: formatDate(cut.from),
    dataTo: formatDate(cut.to),
  };
}

/** The dialog's fields as typed (dates dd/mm/yyyy, the year as text) → the request; a date that does not read is kept for the core to refuse. */
export function requestFromDialog(fields: Record<string, string | number>): NextPeriodRequest {
  const iso = (v: string | number | undefined) => {
    const r = readDate(v === undefined ? '' : String(v));
    return r.kind === 'date' ? r.iso : r.kind === 'empty' ? '' : String(v);
  };
  return { from: String(fields.from ?? ''), periodLabel: String(fields.periodLabel ?? ''), year: Number(fields.year), deadline: iso(fields.deadline), dataFrom: iso(fields.dataFrom), dataTo: iso(fields.dataTo) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function nextPeriodDialogHtml(p: NextPeriodProposal): string {
  const field = (id: string, label: string, value: string | number, hint = '') =>
    `<label style="display:block;margin:8px 0 2px">${label}</label><input id="${id}" value="${escapeHtml(String(value))}" style="width:100%;box-sizing:border-box">${hint ? `<div style="color:#666;font-size:12px">${hint}</div>` : ''}`;
  return (
    `<div style="font-family:Arial,sans-serif;font-size:14px">` +
    `<p>Kỳ đang báo cáo: <b>${escapeHtml(p.fromName)}</b>. Số liệu của mọi phòng, đơn vị kỳ này sẽ được lưu trữ (chỉ xem) trong bảng tính, rồi các tab được chuẩn bị cho kỳ mới.</p>` +
    field('periodLabel', 'Kỳ mới', p.periodLabel, '6 tháng đầu năm; 9 tháng đầu năm; cả năm; quý I–IV') +
    field('year', 'Năm', p.year) +
    field('deadline', 'Hạn nộp', p.deadline, 'ngày/tháng/năm') +
    field('dataFrom', 'Số liệu từ ngày', p.dataFrom, 'theo Nghị định 09/2019/NĐ-CP; sửa nếu văn bản yêu cầu khác') +
    field('dataTo', 'Số liệu đến ngày', p.dataTo) +
    `<p><button id="go">Sang kỳ mới</button> <button onclick="google.script.host.close()">Hủy</button></p><p id="out"></p>` +
    `<script>document.getElementById('go').onclick=function(){var b=this;b.disabled=true;var v=function(i){return document.getElementById(i).value;};` +
    `document.getElementById('out').textContent='Đang chuyển kỳ…';` +
    `google.script.run.withSuccessHandler(function(r){document.getElementById('out').innerText=r.message;})` +
    `.withFailureHandler(function(e){b.disabled=false;document.getElementById('out').innerText=e.message;})` +
    `.confirmNextPeriod({from:${JSON.stringify(p.from)},periodLabel:v('periodLabel'),year:v('year'),deadline:v('deadline'),dataFrom:v('dataFrom'),dataTo:v('dataTo')});};</script></div>`
  );
}

export function showNextPeriodDialog(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const html = HtmlService.createHtmlOutput(nextPeriodDialogHtml(proposeNextPeriod())).setWidth(460).setHeight(520);
    ui.showModalDialog(html, 'Sang kỳ báo cáo mới');
  } catch (e) {
    ui.alert('Sang kỳ báo cáo mới', (e as Error).message, ui.ButtonSet.OK);
  }
}
