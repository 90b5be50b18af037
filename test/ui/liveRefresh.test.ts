/**
 * @jest-environment node
 *
 * A sidebar that keeps itself current, in headless Chromium over the google.script.run double: a
 * division's findings follow an edit within seconds without a click, keeping the scroll position and
 * what the user is typing; nothing is polled while the sidebar is hidden; the Office's overview
 * refreshes on its minute timer (Playwright's clock stands in for the minute).
 */
import { execFile } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DivisionView, FindingView, OfficeView, SidebarState } from '../../src/core/sidebarApi';
import { launchChromium } from './chromium';
import { installFakeScriptRun, recordedCalls, setAnswer, type FakeAnswers } from './fakeScriptRun';

const ROOT = path.resolve(__dirname, '..', '..');
const SHEET_ID = 424242;

let browser: Browser;
let buildDir: string;
let sidebarUrl: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  buildDir = mkdtempSync(path.join(os.tmpdir(), 'sidebar-live-'));
  const script = pathToFileURL(path.join(ROOT, 'scripts', 'build-sidebar.mjs')).href;
  const code = `import { buildSidebar } from ${JSON.stringify(script)}; await buildSidebar(${JSON.stringify(buildDir)});`;
  [, browser] = await Promise.all([promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT }), launchChromium()]);
  sidebarUrl = pathToFileURL(path.join(buildDir, 'sidebar.html')).href;
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  if (browser) await browser.close();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

// ------------------------------------------------------------------ fixtures

function findings(n: number): FindingView[] {
  return Array.from({ length: n }, (_, i) => ({ severity: 'error' as const, cell: `C${10 + i}`, message: `Chưa nhập «Nguyên nhân» ở dòng ${10 + i}: hãy nhập nội dung.` }));
}

function qlkh(errors: number, overrides: Partial<DivisionView> = {}): DivisionView {
  return {
    divisionName: 'Phòng Quản lý khoa học',
    tabName: 'QLKH',
    status: errors ? 'inProgress' : 'complete',
    statusLabel: errors ? 'Đang nhập' : 'Đã đủ',
    progressPercent: errors ? 60 : 100,
    filledCells: 40 - errors,
    requiredCells: 40,
    errorCount: errors,
    warningCount: 0,
    groups: errors ? [{ sectionId: 'II', title: 'II. Tồn tại, hạn chế, nguyên nhân', findings: findings(errors) }] : [],
    submittedAt: null,
    submittedBy: null,
    canSubmit: errors === 0,
    canReopen: false,
    ...overrides,
  };
}

function divisionState(division: DivisionView, stamp: string, office: OfficeView | null = null): SidebarState {
  return { userEmail: 'nguyenvana@skhcn.bacgiang.gov.vn', isOffice: office !== null, division, office, notice: null, live: { sheetId: SHEET_ID, stamp } };
}

function overview(completeCount: number): OfficeView {
  return {
    periodLabel: 'Báo cáo 6 tháng đầu năm 2024',
    deadline: '2024-06-28',
    daysLeft: 3,
    completeCount,
    divisions: [
      { divisionName: 'Văn phòng Sở', tabName: 'VP', status: 'complete', statusLabel: 'Đã đủ', errorCount: 0, warningCount: 0, lastEditedAt: '2024-06-19T08:05:00' },
      {
        divisionName: 'Phòng Quản lý khoa học',
        tabName: 'QLKH',
        status: completeCount > 1 ? 'complete' : 'inProgress',
        statusLabel: completeCount > 1 ? 'Đã đủ' : 'Đang nhập',
        errorCount: completeCount > 1 ? 0 : 2,
        warningCount: 0,
        lastEditedAt: '2024-06-25T10:15:00',
        history: [{ at: '2024-06-25T10:20:00', action: 'Mở lại', by: 'vanphong@skhcn.bacgiang.gov.vn', cells: '', oldValue: '', newValue: '', reason: 'Bổ sung mục II' }],
      },
    ],
  };
}

function officeState(office: OfficeView): SidebarState {
  return { userEmail: 'vanphong@skhcn.bacgiang.gov.vn', isOffice: true, division: null, office, notice: null, live: null };
}

// ------------------------------------------------------------------ driving the page

async function openSidebar(answers: FakeAnswers): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 300, height: 500 }, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  contexts.push(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.clock.install();
  await installFakeScriptRun(page, { selectCell: {}, openDivisionTab: {}, ...answers });
  // Every "Đang tải…"/"Đang xử lý…" line ever drawn, to prove a background refresh shows none.
  await page.addInitScript(`
    window.__busySeen = 0;
    new MutationObserver(() => { if (document.querySelector('#app .busy') && window.__loaded) window.__busySeen += 1; })
      .observe(document, { childList: true, subtree: true });
  `);
  await page.goto(sidebarUrl);
  await page.waitForSelector('#app[aria-busy="false"]', { timeout: 5000 });
  await page.evaluate('window.__loaded = true');
  return { page, pageErrors };
}

async function callsOf(page: Page, name: string): Promise<unknown[][]> {
  return (await recordedCalls(page)).filter((c) => c.name === name).map((c) => c.args);
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) || '').trim();
}

/** As when the user switches to another browser tab or minimises the window. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate(`
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => ${JSON.stringify(state)} });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${state === 'hidden'} });
    document.dispatchEvent(new Event('visibilitychange'));
  `);
}

// ------------------------------------------------------------------ stories

test('a division’s findings follow an edit within seconds, without a click, without flicker, at the same scroll position', async () => {
  const { page, pageErrors } = await openSidebar({
    getSidebarState: { value: divisionState(qlkh(30), 's1') },
    getEditStamp: { args: [SHEET_ID], value: 's1' },
  });
  expect(await text(page, '.counts')).toBe('30 lỗi, 0 cảnh báo');
  await page.evaluate('window.scrollTo(0, 400)');
  const scrolled = (await page.evaluate('window.scrollY')) as number;
  expect(scrolled).toBe(400);

  // Nothing changed: the poll asks only for the stamp.
  await page.clock.runFor(10_000);
  expect((await callsOf(page, 'getEditStamp')).length).toBeGreaterThanOrEqual(3);
  expect(await callsOf(page, 'getSidebarState')).toEqual([[null]]);

  // The division fixes two rows in the tab: onEdit moves the stamp.
  await setAnswer(page, 'getEditStamp', { args: [SHEET_ID], value: 's2' });
  await setAnswer(page, 'getSidebarState', { args: ['QLKH'], value: divisionState(qlkh(28), 's2') });
  await page.clock.runFor(3_500);
  await page.waitForFunction(`document.querySelector('.counts').textContent.trim() === '28 lỗi, 0 cảnh báo'`, undefined, { timeout: 5000 });
  expect(await callsOf(page, 'getSidebarState')).toEqual([[null], ['QLKH']]);
  expect(await page.evaluate('window.scrollY')).toBe(scrolled);
  expect(await page.evaluate('window.__busySeen')).toBe(0);
  expect(await text(page, '.progress-text')).toBe('Đã nhập 12/40 ô bắt buộc (60%)');

  // The stamp stays: no further full reads.
  await page.clock.runFor(10_000);
  expect((await callsOf(page, 'getSidebarState')).length).toBe(2);
  expect(pageErrors).toEqual([]);
});

test('nothing is polled while the sidebar is hidden; back in view it catches up at once', async () => {
  const { page } = await openSidebar({
    getSidebarState: { value: divisionState(qlkh(2), 's1') },
    getEditStamp: { args: [SHEET_ID], value: 's1' },
  });
  await setVisibility(page, 'hidden');
  const before = (await callsOf(page, 'getEditStamp')).length;
  await page.clock.runFor(120_000);
  expect((await callsOf(page, 'getEditStamp')).length).toBe(before);

  await setAnswer(page, 'getEditStamp', { args: [SHEET_ID], value: 's2' });
  await setAnswer(page, 'getSidebarState', { args: ['QLKH'], value: divisionState(qlkh(0), 's2') });
  await setVisibility(page, 'visible');
  await page.waitForFunction(`document.querySelector('.title-row .badge').textContent.trim() === 'Đã đủ'`, undefined, { timeout: 5000 });
  expect((await callsOf(page, 'getEditStamp')).length).toBe(before + 1);
});

test('what the Office is typing as the reason for reopening survives a refresh', async () => {
  const submitted = (stamp: string, errors: number) =>
    divisionState(qlkh(errors, { status: 'submitted', statusLabel: 'Đã nộp', canSubmit: false, canReopen: true, submittedAt: '2024-06-20T09:30:00', submittedBy: 'nguyenvana@skhcn.bacgiang.gov.vn' }), stamp, overview(1));
  const { page } = await openSidebar({
    getSidebarState: { value: submitted('s1', 0) },
    getEditStamp: { args: [SHEET_ID], value: 's1' },
  });
  await page.getByRole('button', { name: 'Mở lại để sửa', exact: true }).click();
  const reason = page.getByLabel('Lý do mở lại (bắt buộc)');
  await reason.click();
  await page.keyboard.type('Lãnh đạo yêu cầu');

  await setAnswer(page, 'getEditStamp', { args: [SHEET_ID], value: 's2' });
  await setAnswer(page, 'getSidebarState', { args: ['QLKH'], value: submitted('s2', 1) });
  await page.clock.runFor(3_500);
  await page.waitForFunction(`document.querySelector('.counts').textContent.trim() === '1 lỗi, 0 cảnh báo'`, undefined, { timeout: 5000 });
  // The box is a new element, with the same text, the focus and the caret at the end: typing goes on.
  await page.keyboard.type(' bổ sung mục II');
  expect(await reason.inputValue()).toBe('Lãnh đạo yêu cầu bổ sung mục II');
});

test('the Office’s overview refreshes every minute, keeping the version typed for the PDF', async () => {
  const { page } = await openSidebar({ getSidebarState: { value: officeState(overview(1)) } });
  expect(await text(page, '.complete-count')).toBe('1/2 phòng, đơn vị đã đủ');
  expect(await text(page, '.history-line')).toBe('10:20 25/06 · Mở lại · vanphong@skhcn.bacgiang.gov.vn · Lý do: Bổ sung mục II');
  await page.locator('.pdf-version').fill('3');

  await setAnswer(page, 'getSidebarState', { value: officeState(overview(2)) });
  await page.clock.runFor(59_000);
  expect(await callsOf(page, 'getSidebarState')).toEqual([[null]]);
  await page.clock.runFor(1_500);
  await page.waitForFunction(`document.querySelector('.complete-count').textContent.trim() === '2/2 phòng, đơn vị đã đủ'`, undefined, { timeout: 5000 });
  expect(await callsOf(page, 'getSidebarState')).toEqual([[null], [null]]);
  expect(await page.locator('.pdf-version').inputValue()).toBe('3');
  expect(await page.evaluate('window.__busySeen')).toBe(0);
  // The overview does not poll edit stamps: it has no tab of its own.
  expect(await callsOf(page, 'getEditStamp')).toEqual([]);
});

test('a poll that fails says so in Vietnamese, keeps polling, and the message goes once a poll works again', async () => {
  const { page } = await openSidebar({
    getSidebarState: { value: divisionState(qlkh(2), 's1') },
    getEditStamp: { error: 'Mất kết nối mạng.' },
  });
  await page.clock.runFor(3_500);
  await page.waitForSelector('[role=alert]', { timeout: 5000 });
  expect(await text(page, '[role=alert] .error-text')).toBe('Không thực hiện được: Không tự cập nhật được (Mất kết nối mạng.); thanh bên sẽ thử lại.');
  expect(await text(page, '.counts')).toBe('2 lỗi, 0 cảnh báo');

  await setAnswer(page, 'getEditStamp', { args: [SHEET_ID], value: 's1' });
  await page.clock.runFor(3_500);
  await page.waitForFunction(`!document.querySelector('[role=alert]')`, undefined, { timeout: 5000 });
  expect(await callsOf(page, 'getSidebarState')).toEqual([[null]]);
});
