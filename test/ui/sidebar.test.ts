/**
 * @jest-environment node
 *
 * The sidebar as a person uses it: the built sidebar.html in real headless Chromium, 300 px wide,
 * with google.script.run replaced by a double that answers like the real one (fakeScriptRun).
 * Screenshots of each view go to test-artifacts/.
 */
import { execFile } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import type { DivisionView, OfficeView, SidebarState } from '../../src/core/sidebarApi';
import { SERVER_FUNCTION_NAMES, installFakeScriptRun, recordedCalls, releaseHeld, setAnswer, waitForCall, waitForHeld, type FakeAnswers } from './fakeScriptRun';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const INJECTION = '<img src=x onerror=window.__xss=1>';

let browser: Browser;
let buildDir: string;
let sidebarUrl: string;
let sidebarHtml: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  buildDir = mkdtempSync(path.join(os.tmpdir(), 'sidebar-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  // build-sidebar.mjs is an ES module; run it in its own Node process rather than through Jest's loader.
  const script = pathToFileURL(path.join(ROOT, 'scripts', 'build-sidebar.mjs')).href;
  const code = `import { buildSidebar } from ${JSON.stringify(script)}; await buildSidebar(${JSON.stringify(buildDir)});`;
  const building = promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT });
  const launching = launchChromium();
  [, browser] = await Promise.all([building, launching]);
  const file = path.join(buildDir, 'sidebar.html');
  sidebarHtml = readFileSync(file, 'utf8');
  sidebarUrl = pathToFileURL(file).href;
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  if (browser) await browser.close();
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

// ------------------------------------------------------------------ fixtures

function qlkhWithErrors(): DivisionView {
  return {
    divisionName: 'Phòng Quản lý khoa học',
    tabName: 'QLKH',
    status: 'inProgress',
    statusLabel: 'Đang nhập',
    progressPercent: 75,
    filledCells: 30,
    requiredCells: 40,
    errorCount: 2,
    warningCount: 1,
    groups: [
      {
        sectionId: 'I',
        title: 'I. Kết quả thực hiện 6 tháng đầu năm 2024, ước thực hiện cả năm 2024',
        findings: [
          { severity: 'error', cell: 'F9', message: 'Chưa nhập "Thực hiện 6 tháng đầu năm 2024": hãy nhập số liệu.' },
          { severity: 'warning', cell: 'G10', message: 'Ước thực hiện năm 2024 (120) thấp hơn thực hiện 6 tháng (150): hãy kiểm tra lại.' },
        ],
      },
      {
        sectionId: 'IV',
        title: 'IV. Kết quả thực hiện nhiệm vụ được giao',
        findings: [{ severity: 'error', cell: 'E12', message: 'Văn bản giao "1400/QĐ" không có trong danh sách: hãy chọn trong danh sách.' }],
      },
    ],
    submittedAt: null,
    submittedBy: null,
    canSubmit: false,
    canReopen: false,
  };
}

function qlkhComplete(): DivisionView {
  return {
    ...qlkhWithErrors(),
    status: 'complete',
    statusLabel: 'Đã đủ',
    progressPercent: 100,
    filledCells: 40,
    errorCount: 0,
    warningCount: 0,
    groups: [],
    canSubmit: true,
  };
}

function qlkhSubmitted(canReopen = false): DivisionView {
  return {
    ...qlkhComplete(),
    status: 'submitted',
    statusLabel: 'Đã nộp',
    canSubmit: false,
    canReopen,
    submittedAt: '2024-06-20T02:30:00.000Z', // 09:30 in Bắc Giang
    submittedBy: 'nguyenvana@skhcn.bacgiang.gov.vn',
  };
}

function office(daysLeft = 3): OfficeView {
  return {
    periodLabel: 'Báo cáo 6 tháng đầu năm 2024',
    deadline: '2024-06-28',
    daysLeft,
    completeCount: 2,
    divisions: [
      { divisionName: 'Văn phòng Sở', tabName: 'VP', status: 'submitted', statusLabel: 'Đã nộp', errorCount: 0, warningCount: 0, lastEditedAt: '2024-06-19T08:05:00.000Z' },
      { divisionName: 'Phòng Quản lý khoa học', tabName: 'QLKH', status: 'inProgress', statusLabel: 'Đang nhập', errorCount: 2, warningCount: 1, lastEditedAt: '2024-06-25T03:15:00+07:00' },
      { divisionName: 'Phòng Kế hoạch - Tài chính', tabName: 'KHTC', status: 'complete', statusLabel: 'Đã đủ', errorCount: 0, warningCount: 3, lastEditedAt: '2024-06-24T10:00:00.000Z' },
      { divisionName: 'Trung tâm Thông tin và Thống kê khoa học và công nghệ', tabName: 'TTTT', status: 'empty', statusLabel: 'Chưa nhập', errorCount: 0, warningCount: 0, lastEditedAt: null },
    ],
  };
}

function divisionState(division: DivisionView, officeView: OfficeView | null = null): SidebarState {
  return { userEmail: 'nguyenvana@skhcn.bacgiang.gov.vn', isOffice: officeView !== null, division, office: officeView, notice: null };
}

function officeState(officeView: OfficeView = office()): SidebarState {
  return { userEmail: 'vanphong@skhcn.bacgiang.gov.vn', isOffice: true, division: null, office: officeView, notice: null };
}

// ------------------------------------------------------------------ driving the page

interface Opened {
  page: Page;
  /** Everything the page fetched: only the sidebar file itself is allowed. */
  requests: string[];
  /** Uncaught exceptions and console errors in the page. */
  pageErrors: string[];
}

async function openSidebar(answers: FakeAnswers, { waitIdle = true } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 300, height: 640 }, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  contexts.push(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await installFakeScriptRun(page, { selectCell: {}, openDivisionTab: {}, ...answers });
  await page.goto(sidebarUrl);
  if (waitIdle) await idle(page);
  return { page, requests, pageErrors };
}

/** Waits until no server call is pending. */
async function idle(page: Page): Promise<void> {
  await page.waitForSelector('#app[aria-busy="false"]', { timeout: 5000 });
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) || '').trim();
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

/** A computed style of the first element matching `selector` (JavaScript passed as text: see fakeScriptRun.ts). */
async function computed(page: Page, selector: string, property: 'color' | 'backgroundColor'): Promise<string> {
  return (await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`)) as string;
}

function button(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

/** No horizontal scrolling: everything fits the 300 px sidebar. */
async function expectFitsWidth(page: Page): Promise<void> {
  const widths = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as number[];
  expect(widths[0]).toBeLessThanOrEqual(widths[1]);
}

// ------------------------------------------------------------------ the built file

describe('the built sidebar.html', () => {
  it('is one self-contained file: one inline script, no external address, nothing that ends the script early', () => {
    expect(sidebarHtml.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(sidebarHtml).not.toMatch(/https?:\/\//i);
    expect(sidebarHtml).not.toMatch(/<link\b/i);
    expect(sidebarHtml).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(sidebarHtml).not.toContain('<?'); // safe under HtmlService templates too
    expect(sidebarHtml.match(/<script\b/gi)).toHaveLength(1);
    expect(sidebarHtml.match(/<\/script/gi)).toHaveLength(1);
    expect(sidebarHtml).not.toContain('__SIDEBAR_');
  });

  it('calls the server only by names in SidebarServer, and calls each of them', () => {
    const called = new Set(Array.from(sidebarHtml.matchAll(/\brun\.(\w+)\(/g), (m) => m[1]).filter((n) => !n.startsWith('with')));
    expect([...called].sort()).toEqual([...SERVER_FUNCTION_NAMES].sort());
  });
});

describe('google.script.run double', () => {
  it('behaves like the real client: new runner per handler, TypeError for an unknown name', async () => {
    const { page } = await openSidebar({ getSidebarState: { value: officeState() } });
    const result = await page.evaluate(`(function () {
      var run = google.script.run;
      var chained = run.withSuccessHandler(function () {}).withFailureHandler(function () {}).withUserObject(1);
      var unknown;
      try { run.noSuchFunction('x'); unknown = 'no error'; } catch (e) { unknown = e instanceof TypeError ? 'TypeError' : String(e); }
      return { newRunner: chained !== run, returnsNothing: run.selectCell('QLKH', 'A1') === undefined, unknown: unknown };
    })()`);
    expect(result).toEqual({ newRunner: true, returnsNothing: true, unknown: 'TypeError' });
  });
});

// ------------------------------------------------------------------ division view

describe('a division checks its form in the sidebar', () => {
  it('shows "Đang tải…" and then its findings grouped by section, with cells and progress', async () => {
    const { page, requests, pageErrors } = await openSidebar({ getSidebarState: { hold: true, value: divisionState(qlkhWithErrors()) } }, { waitIdle: false });
    await waitForHeld(page);
    expect(await text(page, '.busy')).toBe('Đang tải…');
    expect(await recordedCalls(page)).toEqual([{ name: 'getSidebarState', args: [null] }]);
    await releaseHeld(page);
    await idle(page);

    expect(await text(page, 'h1')).toBe('Phòng Quản lý khoa học');
    expect(await text(page, '.title-row .badge')).toBe('Đang nhập');
    expect(await text(page, '.progress-text')).toBe('Đã nhập 30/40 ô bắt buộc (75%)');
    expect(await page.locator('[role=progressbar]').getAttribute('aria-valuenow')).toBe('75');
    expect(await text(page, '.counts')).toBe('2 lỗi, 1 cảnh báo');
    expect(await texts(page, '.group-title')).toEqual(['I. Kết quả thực hiện 6 tháng đầu năm 2024, ước thực hiện cả năm 2024', 'IV. Kết quả thực hiện nhiệm vụ được giao']);
    const groups = page.locator('.group');
    expect(await groups.nth(0).locator('.finding-cell').allTextContents()).toEqual(['F9', 'G10']);
    expect(await groups.nth(1).locator('.finding-cell').allTextContents()).toEqual(['E12']);
    expect(await groups.nth(1).locator('.finding-message').textContent()).toContain('1400/QĐ');
    expect(await page.locator('.finding-error').count()).toBe(2);
    expect(await page.locator('.finding-warning').count()).toBe(1);
    expect(await page.locator('.finding-warning .severity-icon').getAttribute('aria-label')).toBe('Cảnh báo');
    // Red for errors, amber for warnings.
    expect(await computed(page, '.finding-error .severity-icon', 'backgroundColor')).toBe('rgb(217, 48, 37)');
    expect(await computed(page, '.finding-warning .severity-icon', 'backgroundColor')).toBe('rgb(249, 171, 0)');

    // Errors are left, so it cannot be marked submitted yet.
    expect(await button(page, 'Đánh dấu đã nộp').isDisabled()).toBe(true);
    expect(await button(page, 'Kiểm tra lại').isEnabled()).toBe(true);
    expect(await text(page, '.hint')).toBe('Sửa hết lỗi để có thể đánh dấu đã nộp.');
    expect(await page.getByText('← Tất cả phòng, đơn vị').count()).toBe(0);
    await expectFitsWidth(page);
    await shot(page, 'division-view.png');

    expect(requests).toEqual([sidebarUrl]);
    expect(pageErrors).toEqual([]);
  });

  it('clicking a finding asks the server to select exactly that cell', async () => {
    const { page } = await openSidebar({ getSidebarState: { value: divisionState(qlkhWithErrors()) } });
    await page.locator('.finding', { hasText: 'E12' }).click();
    const calls = await waitForCall(page, 'selectCell');
    expect(calls[calls.length - 1]).toEqual({ name: 'selectCell', args: ['QLKH', 'E12'] });
    await idle(page);
    expect(await page.locator('.finding.selected .finding-cell').textContent()).toBe('E12');
  });

  it('"Kiểm tra lại" checks the same tab again and shows the new result', async () => {
    const { page } = await openSidebar({ getSidebarState: { value: divisionState(qlkhWithErrors()) } });
    await setAnswer(page, 'getSidebarState', { args: ['QLKH'], value: divisionState(qlkhComplete()) });
    await button(page, 'Kiểm tra lại').click();
    await waitForCall(page, 'getSidebarState', 2);
    await idle(page);
    expect((await recordedCalls(page)).map((c) => [c.name, ...c.args])).toEqual([
      ['getSidebarState', null],
      ['getLeadershipComments', 'QLKH'],
      ['getSidebarState', 'QLKH'],
      ['getLeadershipComments', 'QLKH'],
    ]);
    expect(await text(page, '.all-clear')).toBe('Không còn lỗi hay cảnh báo nào.');
    expect(await text(page, '.counts')).toBe('0 lỗi, 0 cảnh báo');
    expect(await button(page, 'Đánh dấu đã nộp').isEnabled()).toBe(true);
  });

  it('with no errors left, "Đánh dấu đã nộp" marks it submitted and says when and by whom', async () => {
    const { page, pageErrors } = await openSidebar({
      getSidebarState: { value: divisionState(qlkhComplete()) },
      markSubmitted: { args: ['QLKH'], hold: true, value: divisionState(qlkhSubmitted()) },
    });
    expect(await text(page, '.all-clear')).toBe('Không còn lỗi hay cảnh báo nào.');
    await button(page, 'Đánh dấu đã nộp').click();
    await waitForHeld(page);
    // While the server works: a spinner, and no button can be pressed twice.
    expect(await text(page, '.busy')).toBe('Đang xử lý…');
    expect(await button(page, 'Đánh dấu đã nộp').isDisabled()).toBe(true);
    expect(await button(page, 'Kiểm tra lại').isDisabled()).toBe(true);
    await releaseHeld(page);
    await idle(page);

    expect(await text(page, '.title-row .badge')).toBe('Đã nộp');
    expect(await text(page, '.submitted')).toBe('Đã nộp lúc 09:30 20/06/2024 bởi nguyenvana@skhcn.bacgiang.gov.vn');
    expect(await button(page, 'Đánh dấu đã nộp').count()).toBe(0);
    expect(await page.locator('.busy').count()).toBe(0);
    expect((await recordedCalls(page)).filter((c) => c.name === 'markSubmitted')).toEqual([{ name: 'markSubmitted', args: ['QLKH'] }]);
    await shot(page, 'division-submitted.png');
    expect(pageErrors).toEqual([]);
  });

  it('the Office can reopen a submitted division', async () => {
    const { page } = await openSidebar({
      getSidebarState: { value: divisionState(qlkhSubmitted(true), office()) },
      reopenDivision: { args: ['QLKH', 'Lãnh đạo yêu cầu bổ sung mục II'], value: divisionState(qlkhComplete(), office()) },
    });
    await button(page, 'Mở lại để sửa').click();
    // The reason is required: an empty one is refused in the sidebar, before any call.
    await button(page, 'Xác nhận mở lại').click();
    expect(await text(page, '[role=alert] .error-text')).toBe('Không thực hiện được: Hãy ghi lý do mở lại (bắt buộc): lý do được lưu trong tab «Lịch sử nộp, mở lại».');
    expect((await recordedCalls(page)).filter((c) => c.name === 'reopenDivision')).toEqual([]);
    await page.getByLabel('Lý do mở lại (bắt buộc)').fill('  Lãnh đạo yêu cầu bổ sung mục II ');
    await button(page, 'Xác nhận mở lại').click();
    await waitForCall(page, 'reopenDivision');
    await idle(page);
    expect(await text(page, '.title-row .badge')).toBe('Đã đủ');
    expect(await button(page, 'Mở lại để sửa').count()).toBe(0);
    expect(await button(page, 'Đánh dấu đã nộp').isEnabled()).toBe(true);
  });

  it('a server failure shows its message in a red box and gives the buttons back', async () => {
    const { page } = await openSidebar({
      getSidebarState: { value: divisionState(qlkhComplete()) },
      markSubmitted: { error: 'Bạn không có quyền sửa trang tính này.' },
    });
    await button(page, 'Đánh dấu đã nộp').click();
    await page.waitForSelector('[role=alert]');
    await idle(page);
    expect(await text(page, '[role=alert] .error-text')).toBe('Không thực hiện được: Bạn không có quyền sửa trang tính này.');
    expect(await computed(page, '.error-box', 'color')).toBe('rgb(165, 14, 14)');
    expect(await page.locator('.busy').count()).toBe(0);
    expect(await button(page, 'Đánh dấu đã nộp').isEnabled()).toBe(true);
    expect(await button(page, 'Kiểm tra lại').isEnabled()).toBe(true);
    expect(await text(page, '.title-row .badge')).toBe('Đã đủ');
    await shot(page, 'division-error.png');
  });

  it('when the first load fails, the error shows and "Thử lại" loads again', async () => {
    const { page } = await openSidebar({ getSidebarState: { error: 'Exception: Không đọc được trang tính' } });
    expect(await text(page, '[role=alert] .error-text')).toBe('Không thực hiện được: Exception: Không đọc được trang tính');
    await setAnswer(page, 'getSidebarState', { value: divisionState(qlkhWithErrors()) });
    await button(page, 'Thử lại').click();
    await waitForCall(page, 'getSidebarState', 2);
    await idle(page);
    expect(await text(page, 'h1')).toBe('Phòng Quản lý khoa học');
    expect(await page.locator('[role=alert]').count()).toBe(0);
  });

  it('text from the sheet shows as text and never runs', async () => {
    const evil = qlkhSubmitted(true);
    evil.divisionName = INJECTION;
    evil.statusLabel = INJECTION;
    evil.submittedBy = INJECTION;
    evil.groups = [{ sectionId: 'II', title: INJECTION, findings: [{ severity: 'error', cell: INJECTION, message: `Ô ghi "${INJECTION}" không hợp lệ` }] }];
    const { page, pageErrors } = await openSidebar({
      getSidebarState: { value: { ...divisionState(evil), notice: INJECTION } },
    });
    expect(await text(page, 'h1')).toBe(INJECTION);
    expect(await text(page, '.notice')).toBe(INJECTION);
    expect(await text(page, '.group-title')).toBe(INJECTION);
    expect(await text(page, '.finding-cell')).toBe(INJECTION);
    expect(await text(page, '.finding-message')).toBe(`Ô ghi "${INJECTION}" không hợp lệ`);
    expect(await text(page, '.submitted')).toContain(`bởi ${INJECTION}`);
    await page.waitForTimeout(200); // time for a broken image's onerror, were there one
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    await expectFitsWidth(page);
    await shot(page, 'division-injection.png');
    expect(pageErrors).toEqual([]);
  });
});

// ------------------------------------------------------------------ office view

describe('the Office follows every division', () => {
  it('lists all divisions with status, counts, last edit and the days left', async () => {
    const { page, pageErrors } = await openSidebar({ getSidebarState: { value: officeState() } });
    expect(await text(page, 'h1')).toBe('Báo cáo 6 tháng đầu năm 2024');
    expect(await text(page, '.deadline')).toBe('Hạn nộp: 28/06/2024 · Còn 3 ngày');
    expect(await text(page, '.complete-count')).toBe('2/4 phòng, đơn vị đã đủ');
    expect(await texts(page, '.row-name')).toEqual(['Văn phòng Sở', 'Phòng Quản lý khoa học', 'Phòng Kế hoạch - Tài chính', 'Trung tâm Thông tin và Thống kê khoa học và công nghệ']);
    expect(await texts(page, '.division-row .badge')).toEqual(['Đã nộp', 'Đang nhập', 'Đã đủ', 'Chưa nhập']);
    expect(await texts(page, '.row-meta')).toEqual([
      '0 lỗi, 0 cảnh báo · Sửa lần cuối: 15:05 19/06',
      '2 lỗi, 1 cảnh báo · Sửa lần cuối: 03:15 25/06',
      '0 lỗi, 3 cảnh báo · Sửa lần cuối: 17:00 24/06',
      '0 lỗi, 0 cảnh báo · Chưa có chỉnh sửa',
    ]);
    await expectFitsWidth(page);
    await shot(page, 'office-view.png');
    expect(pageErrors).toEqual([]);
  });

  it('says so when the deadline is today or has passed', async () => {
    const { page } = await openSidebar({ getSidebarState: { value: officeState(office(-2)) } });
    expect(await text(page, '.deadline')).toBe('Hạn nộp: 28/06/2024 · Đã quá hạn 2 ngày');
    expect(await computed(page, '.deadline .late', 'color')).toBe('rgb(197, 34, 31)');
    await setAnswer(page, 'getSidebarState', { value: officeState(office(0)) });
    await button(page, 'Cập nhật').click();
    await waitForCall(page, 'getSidebarState', 2);
    await idle(page);
    expect(await text(page, '.deadline')).toBe('Hạn nộp: 28/06/2024 · Hôm nay là hạn cuối');
  });

  it('clicking a division opens its tab, shows its findings, and the link goes back to all divisions', async () => {
    const { page } = await openSidebar({
      getSidebarState: [
        { args: [null], value: officeState() },
        { args: ['QLKH'], value: divisionState(qlkhWithErrors(), office()) },
      ],
    });
    await page.locator('.division-row', { hasText: 'Phòng Quản lý khoa học' }).click();
    await waitForCall(page, 'getSidebarState', 2);
    await idle(page);
    expect((await recordedCalls(page)).map((c) => [c.name, ...c.args])).toEqual([
      ['getSidebarState', null],
      ['getLeadershipComments', null],
      ['openDivisionTab', 'QLKH'],
      ['getSidebarState', 'QLKH'],
      ['getLeadershipComments', 'QLKH'],
    ]);
    expect(await text(page, 'h1')).toBe('Phòng Quản lý khoa học');
    expect(await page.locator('.finding').count()).toBe(3);
    await shot(page, 'office-division.png');

    await page.getByRole('button', { name: '← Tất cả phòng, đơn vị' }).click();
    expect(await text(page, 'h1')).toBe('Báo cáo 6 tháng đầu năm 2024');
    expect(await page.locator('.division-row').count()).toBe(4);

    // "Cập nhật" asks again; the Office stays on the list even though the active tab is a division's.
    await setAnswer(page, 'getSidebarState', { value: divisionState(qlkhWithErrors(), office(2)) });
    await button(page, 'Cập nhật').click();
    await waitForCall(page, 'getSidebarState', 3);
    await idle(page);
    expect(await text(page, '.deadline')).toBe('Hạn nộp: 28/06/2024 · Còn 2 ngày');
  });

  it('an Office user standing on a division tab sees that division, with the way back to the list', async () => {
    const { page } = await openSidebar({ getSidebarState: { value: divisionState(qlkhWithErrors(), office()) } });
    expect(await text(page, 'h1')).toBe('Phòng Quản lý khoa học');
    await page.getByRole('button', { name: '← Tất cả phòng, đơn vị' }).click();
    expect(await texts(page, '.division-row .badge')).toEqual(['Đã nộp', 'Đang nhập', 'Đã đủ', 'Chưa nhập']);
    // Going back to the list asks the server nothing: only the opening state and its comments were asked for.
    expect((await recordedCalls(page)).map((c) => [c.name, ...c.args])).toEqual([
      ['getSidebarState', null],
      ['getLeadershipComments', 'QLKH'],
    ]);
  });

  it('"Tổng hợp" shows progress, then the link to the summary Doc', async () => {
    const { page, pageErrors } = await openSidebar({
      getSidebarState: { value: officeState() },
      runConsolidation: {
        hold: true,
        value: { url: 'https://docs.google.com/document/d/abc123/edit', name: 'Báo cáo tổng hợp 6 tháng đầu năm 2024 (lần 2)', version: 2, completeCount: 3, divisionCount: 4 },
      },
    });
    await button(page, 'Tổng hợp').click();
    await waitForHeld(page);
    expect(await text(page, '.busy')).toBe('Đang tổng hợp…');
    expect(await button(page, 'Tổng hợp').isDisabled()).toBe(true);
    expect(await page.locator('.division-row').first().isDisabled()).toBe(true);
    await shot(page, 'office-consolidating.png');
    await releaseHeld(page);
    await idle(page);

    const link = page.locator('.consolidation a');
    expect(await link.textContent()).toBe('Báo cáo tổng hợp 6 tháng đầu năm 2024 (lần 2)');
    expect(await link.getAttribute('href')).toBe('https://docs.google.com/document/d/abc123/edit');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await page.locator('.consolidation').textContent()).toContain('3/4 phòng, đơn vị đã đủ');
    expect(await button(page, 'Tổng hợp').isEnabled()).toBe(true);
    await shot(page, 'office-consolidated.png');
    expect(pageErrors).toEqual([]);
  });

  it('"Xuất PDF để ký" exports the latest Doc when no version is typed, the version typed otherwise, and links the PDF', async () => {
    const pdf = (version: number) => ({ url: `https://drive.google.com/file/d/pdf${version}/view`, name: `Báo cáo tổng hợp (bản ${version}).pdf`, version });
    const { page, pageErrors } = await openSidebar({
      getSidebarState: { value: officeState() },
      exportPdfForSigning: [
        { args: [null], value: pdf(3) },
        { args: [2], value: pdf(2) },
      ],
    });
    await button(page, 'Xuất PDF để ký').click();
    await waitForCall(page, 'exportPdfForSigning');
    await idle(page);
    expect(await page.locator('.pdf-result a').getAttribute('href')).toBe('https://drive.google.com/file/d/pdf3/view');
    expect(await text(page, '.pdf-result')).toBe('Đã xuất PDF để ký (bản 3): Báo cáo tổng hợp (bản 3).pdf');
    await page.getByLabel('Bản cần xuất PDF (để trống: bản mới nhất)').fill('2');
    await button(page, 'Xuất PDF để ký').click();
    await idle(page);
    expect(await page.locator('.pdf-result a').textContent()).toBe('Báo cáo tổng hợp (bản 2).pdf');
    expect((await recordedCalls(page)).filter((c) => c.name === 'exportPdfForSigning').map((c) => c.args)).toEqual([[null], [2]]);
    await page.getByLabel('Bản cần xuất PDF (để trống: bản mới nhất)').fill('-1');
    await button(page, 'Xuất PDF để ký').click();
    await idle(page);
    expect(await text(page, '.error-text')).toContain('Số bản phải là số nguyên dương');
    await shot(page, 'office-pdf-exported.png');
    // Emptied again, the version box shows its whole placeholder «mới nhất»: the text drawn in the box is as wide
    // as the same text drawn alone in the box's font (a cut-off placeholder is narrower).
    await page.getByLabel('Bản cần xuất PDF (để trống: bản mới nhất)').fill('');
    await page.locator('.pdf-version').blur();
    await page.mouse.move(0, 0);
    await page.locator('.pdf-export').screenshot({ path: path.join(ARTIFACTS, 'office-pdf-version.png') });
    const png = (await page.locator('.pdf-version').screenshot()).toString('base64');
    const [drawn, alone] = (await page.evaluate(`(async function () {
      var input = document.querySelector('.pdf-version');
      var style = getComputedStyle(input);
      var img = new Image();
      img.src = 'data:image/png;base64,${png}';
      await img.decode();
      var canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      var context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      var pixels = context.getImageData(0, 0, img.width, img.height).data;
      var scale = img.width / input.getBoundingClientRect().width;
      var edge = Math.ceil((parseFloat(style.borderLeftWidth) + 2) * scale);
      var left = Infinity, right = -1;
      for (var y = edge; y < img.height - edge; y++) for (var x = edge; x < img.width - edge; x++) {
        var i = (y * img.width + x) * 4;
        if (pixels[i] < 230 || pixels[i + 1] < 230 || pixels[i + 2] < 230) { left = Math.min(left, x); right = Math.max(right, x); }
      }
      context.font = style.font;
      var m = context.measureText(input.placeholder);
      return [(right - left + 1) / scale, m.actualBoundingBoxLeft + m.actualBoundingBoxRight];
    })()`)) as number[];
    expect(drawn).toBeGreaterThanOrEqual(alone - 3);
    expect(pageErrors).toEqual([]);
  });

  it('division names and the Doc from the server show as text, and a script address never becomes a link', async () => {
    const evil = office();
    evil.periodLabel = INJECTION;
    evil.divisions[1].divisionName = INJECTION;
    const { page } = await openSidebar({
      getSidebarState: { value: officeState(evil) },
      runConsolidation: { value: { url: 'javascript:window.__xss=2', name: INJECTION, version: 1, completeCount: 0, divisionCount: 4 } },
    });
    expect(await text(page, 'h1')).toBe(INJECTION);
    expect(await texts(page, '.row-name')).toContain(INJECTION);
    await button(page, 'Tổng hợp').click();
    await waitForCall(page, 'runConsolidation');
    await idle(page);
    expect(await text(page, '.consolidation .doc-name')).toBe(INJECTION);
    expect(await page.locator('a').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
  });
  it('"Xem thay đổi so với bản trước" lists what changed, as text, per division; a failure shows the error', async () => {
    const { page, pageErrors } = await openSidebar({
      getSidebarState: { value: officeState() },
      getChangesSinceLastVersion: [
        {
          value: {
            title: 'Thay đổi so với bản 2 (16:05 ngày 27/6/2024)',
            divisions: [{ name: INJECTION, items: ['chỉ tiêu “Số đề tài”: ước thực hiện năm 2024 từ 30 thành 32 đề tài.', 'thêm kiến nghị “Bổ sung kinh phí”.'] }],
            message: null,
          },
        },
      ],
    });
    await button(page, 'Xem thay đổi so với bản trước').click();
    await waitForCall(page, 'getChangesSinceLastVersion');
    await idle(page);
    expect(await text(page, '.changes-title')).toBe('Thay đổi so với bản 2 (16:05 ngày 27/6/2024)');
    expect(await texts(page, '.changes-list > li > b')).toEqual([INJECTION]);
    expect(await texts(page, '.changes-list ul li')).toEqual(['chỉ tiêu “Số đề tài”: ước thực hiện năm 2024 từ 30 thành 32 đề tài.', 'thêm kiến nghị “Bổ sung kinh phí”.']);
    expect(await page.locator('img').count()).toBe(0);
    await expectFitsWidth(page);
    await shot(page, 'office-version-changes.png');
    await setAnswer(page, 'getChangesSinceLastVersion', { error: 'Chỉ Văn phòng Sở xem được thay đổi giữa các bản tổng hợp.' });
    await button(page, 'Xem thay đổi so với bản trước').click();
    await idle(page);
    expect(await text(page, '.error-text')).toContain('Chỉ Văn phòng Sở xem được thay đổi giữa các bản tổng hợp.');
    expect(await page.locator('.version-changes').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('past periods', () => {
  const PAST = { isOffice: false, periods: [{ periodId: '2024-H1', name: 'Lưu trữ 6 tháng đầu năm 2024' }] };

  it('a division lists the archived periods and views its own archived tab, read-only', async () => {
    const { page, pageErrors } = await openSidebar({
      getSidebarState: { value: divisionState(qlkhWithErrors()) },
      getPastPeriods: { value: PAST },
      viewArchivedTab: {
        value: {
          periodId: '2024-H1',
          divisionName: 'Phòng Quản lý khoa học',
          statusLabel: 'Đã nộp',
          rows: [
            ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC', ''],
            ['', ''],
            ['STT', 'Chỉ tiêu, nhiệm vụ *'],
          ],
        },
      },
    });
    await button(page, 'Xem các kỳ đã lưu trữ').click();
    await waitForCall(page, 'getPastPeriods', 1);
    await idle(page);
    expect(await texts(page, '.past-period-name')).toEqual(['Lưu trữ 6 tháng đầu năm 2024']);
    expect(await page.getByRole('button', { name: 'Tổng hợp lại kỳ này' }).count()).toBe(0);
    await button(page, 'Xem').click();
    await waitForCall(page, 'viewArchivedTab', 1);
    await idle(page);
    expect((await recordedCalls(page)).filter((c) => c.name === 'viewArchivedTab').map((c) => c.args)).toEqual([['2024-H1', 'QLKH']]);
    expect(await text(page, '.archived-tab p')).toBe('Phòng Quản lý khoa học — Đã nộp (chỉ xem)');
    expect(await texts(page, '.archived-rows tr')).toEqual(['BÁO CÁO 6 THÁNG ĐẦU NĂM 2024 — PHÒNG QUẢN LÝ KHOA HỌC', 'STTChỉ tiêu, nhiệm vụ *']);
    expect(pageErrors).toEqual([]);
  });

  it('the Office opens the archive tab or rebuilds the period’s report', async () => {
    const { page } = await openSidebar({
      getSidebarState: { value: officeState() },
      getPastPeriods: { value: { ...PAST, isOffice: true } },
      openArchiveTab: {},
      rebuildArchivedReport: { value: { url: 'https://docs.google.com/document/d/x/edit', name: 'Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 (bản 2, 10:00 01/12/2024)', version: 2, completeCount: 8, divisionCount: 9 } },
    });
    await button(page, 'Xem các kỳ đã lưu trữ').click();
    await waitForCall(page, 'getPastPeriods', 1);
    await idle(page);
    await button(page, 'Mở tab lưu trữ').click();
    await waitForCall(page, 'openArchiveTab', 1);
    await idle(page);
    await button(page, 'Tổng hợp lại kỳ này').click();
    await waitForCall(page, 'rebuildArchivedReport', 1);
    await idle(page);
    expect(await text(page, '.consolidation')).toContain('Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 (bản 2');
    expect((await recordedCalls(page)).map((c) => [c.name, ...c.args]).slice(1)).toEqual([['getLeadershipComments', null], ['getPastPeriods'], ['openArchiveTab', '2024-H1'], ['rebuildArchivedReport', '2024-H1']]);
  });
});
