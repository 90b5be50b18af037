/**
 * @jest-environment node
 *
 * End to end without Google: the built sidebar.html in headless Chromium, its google.script.run
 * answered by the built dist/Code.js running in a vm over the fakes. What a division and the Office
 * see and do, from the tab they typed to the summary Doc.
 */
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { openSidebarOverBundle } from './bundleBridge';
import { AppsScriptRun, sheetWithSample } from '../gas/harness';

const DIVISION_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  if (browser) await browser.close();
});

const openSidebar = (run: AppsScriptRun): Promise<Page> => openSidebarOverBundle(browser, run, 700);

/** Waits (at most 5 s) for something the page makes the server do. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((r) => setTimeout(r, 100));
}

const active = (run: AppsScriptRun) => run.g.calls.uncounted(() => `${run.g.spreadsheet.getActiveSheet().getName()}!${run.g.spreadsheet.getActiveSheet().getActiveRange()!.getA1Notation()}`);

test('a division finds its mistake from the sidebar, fixes it in the tab, and submits', async () => {
  const run = sheetWithSample(DIVISION_USER);
  run.g.session.activeUserEmail = DIVISION_USER;
  const h2 = run.values('QLKH').findIndex((r) => String(r[0]).startsWith('II. ')) + 2;
  run.g.calls.uncounted(() => {
    const sheet = run.g.spreadsheet.getSheetByName('QLKH')!;
    run.g.spreadsheet.setActiveSheet(sheet);
    sheet.getRange(h2 + 1, 3).setValue('');
  });
  const page = await openSidebar(run);
  await page.getByText('Phòng Quản lý khoa học').waitFor();
  await page.locator('.badge', { hasText: 'Đang nhập' }).waitFor();
  const finding = page.locator('.finding', { hasText: 'Chưa nhập «Nguyên nhân»' });
  await finding.waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'bundle-division-error.png'), fullPage: true });
  expect(await finding.locator('.finding-cell').textContent()).toBe(`C${h2 + 1}`);

  await finding.click();
  await page.waitForFunction(() => !document.querySelector('.busy'));
  await until(() => active(run) === `QLKH!C${h2 + 1}`);
  expect(active(run)).toBe(`QLKH!C${h2 + 1}`);

  run.g.calls.uncounted(() =>
    run.g.spreadsheet
      .getSheetByName('QLKH')!
      .getRange(h2 + 1, 3)
      .setValue('Thời tiết bất thường'),
  );
  await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await page.getByText('Không còn lỗi hay cảnh báo nào.').waitFor();
  await page.getByRole('button', { name: 'Đánh dấu đã nộp' }).click();
  await page.locator('.badge', { hasText: 'Đã nộp' }).waitFor();
  await expect(page.locator('.submitted').textContent()).resolves.toContain(DIVISION_USER);
  await page.screenshot({ path: path.join(ARTIFACTS, 'bundle-division-submitted.png'), fullPage: true });
  await page.close();
});

test('the Office follows every division and builds the summary Doc from the sidebar', async () => {
  const run = sheetWithSample(DIVISION_USER);
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const page = await openSidebar(run);
  await page.getByText('8/9 phòng, đơn vị đã đủ').waitFor();
  expect(await page.locator('.division-row').count()).toBe(9);
  await expect(page.locator('.division-row', { hasText: 'Thanh tra Sở' }).textContent()).resolves.toContain('5 lỗi');

  await page.locator('.division-row', { hasText: 'Thanh tra Sở' }).click();
  await page.locator('.division-name', { hasText: 'Thanh tra Sở' }).waitFor();
  expect(run.g.calls.uncounted(() => run.g.spreadsheet.getActiveSheet().getName())).toBe('Thanh tra');
  expect(await page.locator('.finding').count()).toBe(5);
  await page.getByRole('button', { name: '← Tất cả phòng, đơn vị' }).click();

  await page.getByRole('button', { name: 'Tổng hợp' }).click();
  const link = page.locator('a.doc-link');
  await link.waitFor({ timeout: 20000 });
  expect(await link.textContent()).toMatch(/^Báo cáo tổng hợp KT-XH 6 tháng đầu năm 2024 \(bản 1, /);
  const uploads = run.driveApi.uploads;
  expect(uploads).toHaveLength(1);
  expect(await link.getAttribute('href')).toBe(run.g.drive.files.get(uploads[0].fileId)!.url);
  expect(run.values('Lịch sử tổng hợp')).toHaveLength(2);
  await page.screenshot({ path: path.join(ARTIFACTS, 'bundle-office-consolidated.png'), fullPage: true });
  await page.close();
});

test('someone with no tab sees a readable message, not a spinner', async () => {
  const run = sheetWithSample(DIVISION_USER);
  run.g.session.activeUserEmail = 'nguoila@gmail.com';
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const page = await openSidebar(run);
  await page.getByText('Không thực hiện được: Bạn chưa được giao nhập tab nào. Đề nghị Văn phòng Sở thêm e-mail của bạn vào tab Cấu hình.').waitFor();
  await page.close();
});

test('a division’s sidebar follows an edit in the tab within seconds, without pressing «Kiểm tra lại»', async () => {
  const run = sheetWithSample(DIVISION_USER);
  run.g.session.activeUserEmail = DIVISION_USER;
  const h2 = run.values('QLKH').findIndex((r) => String(r[0]).startsWith('II. ')) + 2;
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  const page = await openSidebar(run);
  await page.getByText('Không còn lỗi hay cảnh báo nào.').waitFor();

  // The division clears a required cell; Google fires onEdit, which moves the tab's edit stamp.
  const range = run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('QLKH')!.getRange(h2 + 1, 3));
  run.g.calls.uncounted(() => range.setValue(''));
  run.call('onEdit', { range, authMode: 'LIMITED' });
  await page.locator('.finding', { hasText: 'Chưa nhập «Nguyên nhân»' }).waitFor({ timeout: 8000 });
  await expect(page.locator('.title-row .badge').textContent()).resolves.toBe('Đang nhập');
  await page.close();
});
