/**
 * @jest-environment node
 *
 * Leadership's comments in the sidebar, end to end: the built sidebar in Chromium, answered by the built
 * bundle over the fakes. A division that cannot open the Doc reads the comment on its text and answers
 * "Đã tiếp thu"; the Office's next sync puts the answer under the comment in the Doc.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { AppsScriptRun, OFFICE, sheetWithSample } from '../gas/harness';
import { launchChromium, openSidebarOverBundle } from './bundleBridge';

const DIVISION_USER = 'nguyenvana@skhcn.bacgiang.gov.vn';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const INJECTION = '<img src=x onerror=window.__xss=1>';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  if (browser) await browser.close();
});

function commented(): { run: AppsScriptRun; commentId: string; docId: string } {
  const run = sheetWithSample(DIVISION_USER);
  run.call('runConsolidation');
  run.call('runConsolidation');
  const docId = run.driveApi.uploads[1].fileId;
  const c = run.driveApi.comments.addComment(docId, {
    quoted: 'Một số nhiệm vụ khoa học và công nghệ chậm tiến độ, phải điều chỉnh, gia hạn thời gian thực hiện',
    content: `Đề nghị nêu rõ số nhiệm vụ phải gia hạn ${INJECTION}`,
    author: 'Phó Giám đốc Trần Văn B',
  });
  run.driveApi.comments.addComment(docId, { quoted: 'Độc lập - Tự do - Hạnh phúc', content: 'Sửa lại ngày ban hành.' });
  return { run, commentId: c.id, docId };
}

test('the Office sees the count per division and the unmatched comment; the division answers in its sidebar; the next sync replies in the Doc', async () => {
  const { run, commentId, docId } = commented();

  // The Office opens the sidebar: it syncs by itself and shows the counts and the comment no division claimed.
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const officePage = await openSidebarOverBundle(browser, run, 1400);
  const officeComments = officePage.locator('.comments-office');
  await officeComments.waitFor();
  await expect(officeComments.locator('.comment-counts li').allTextContents()).resolves.toEqual(['Phòng Quản lý khoa học1 chưa trả lời / 1 góp ý']);
  await expect(officeComments.locator('.comment-content').allTextContents()).resolves.toEqual(['Sửa lại ngày ban hành.']);
  await officePage.screenshot({ path: path.join(ARTIFACTS, 'comments-office.png'), fullPage: true });
  await officePage.close();

  // The division, on its tab, reads the comment (the injection is text) and answers.
  run.g.session.activeUserEmail = DIVISION_USER;
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  const page = await openSidebarOverBundle(browser, run);
  const section = page.locator('section.comments');
  await section.waitFor();
  await expect(section.locator('.comments-title').allTextContents()).resolves.toEqual(['Góp ý của lãnh đạo (bản 2)']);
  await expect(section.locator('.comment-content').textContent()).resolves.toBe(`Đề nghị nêu rõ số nhiệm vụ phải gia hạn ${INJECTION}`);
  await expect(section.locator('.comment-quote').textContent()).resolves.toContain('chậm tiến độ');
  await expect(section.locator('.comment-meta').textContent()).resolves.toMatch(/^Phó Giám đốc Trần Văn B · \d\d:\d\d \d\d\/\d\d\/\d{4} · Chưa trả lời$/);
  expect(await section.locator('img').count()).toBe(0);
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  const widths = (await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]')) as number[];
  expect(widths[0]).toBeLessThanOrEqual(widths[1]);

  await section.locator('.comment-answer-input').fill('Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025');
  await page.screenshot({ path: path.join(ARTIFACTS, 'comments-division-answering.png'), fullPage: true });
  await section.getByRole('button', { name: 'Đã tiếp thu' }).click();
  await section.locator('.comment-answer-text').waitFor();
  await expect(section.locator('.comment-answer-text').textContent()).resolves.toBe('Đã tiếp thu — Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025');
  await expect(section.locator('.comment-answer-meta').textContent()).resolves.toContain('chờ Văn phòng Sở gửi vào văn bản');
  // Until the Office posts it, the answer may still be corrected.
  expect(await section.getByRole('button', { name: 'Đã tiếp thu', exact: true }).count()).toBe(0);
  await expect(section.locator('.comment-answer-input').inputValue()).resolves.toBe('Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025');
  expect(await section.getByRole('button', { name: 'Sửa trả lời' }).count()).toBe(1);
  await page.screenshot({ path: path.join(ARTIFACTS, 'comments-division-answered.png'), fullPage: true });
  await page.close();

  // The Office presses "Lấy góp ý": the answer becomes one reply under the comment, naming the division.
  run.g.session.activeUserEmail = OFFICE;
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('Cấu hình')!));
  const again = await openSidebarOverBundle(browser, run, 1400);
  await again.locator('.comments-office').waitFor();
  await again.getByRole('button', { name: 'Lấy góp ý' }).click();
  await again.locator('.comment-counts li', { hasText: '0 chưa trả lời / 1 góp ý' }).waitFor();
  expect(run.driveApi.comments.repliesCreated).toEqual([{ fileId: docId, commentId, content: 'Phòng Quản lý khoa học: Đã tiếp thu — Đã bổ sung: 02 nhiệm vụ gia hạn sang năm 2025' }]);
  await again.close();

  // The division sees it is in the Doc now, with no box left to answer in.
  run.g.session.activeUserEmail = DIVISION_USER;
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  const done = await openSidebarOverBundle(browser, run);
  await done.locator('.comment-answer-meta', { hasText: 'đã gửi vào văn bản' }).waitFor();
  expect(await done.locator('.comment-answer-input').count()).toBe(0);
  await expect(done.locator('.comment-state').textContent()).resolves.toBe('Đã tiếp thu');
  await done.close();
});

test('an answer the server refuses shows why, and what the division typed stays in the box', async () => {
  const { run } = commented();
  run.g.session.activeUserEmail = OFFICE;
  run.call('syncLeadershipComments');
  run.g.session.activeUserEmail = DIVISION_USER;
  run.g.calls.uncounted(() => run.g.spreadsheet.setActiveSheet(run.g.spreadsheet.getSheetByName('QLKH')!));
  const page = await openSidebarOverBundle(browser, run);
  const box = page.locator('.comment-answer-input');
  await box.waitFor();
  // Meanwhile the Office deleted the comment's row from the tab.
  run.g.calls.uncounted(() => run.g.spreadsheet.getSheetByName('Góp ý')!.deleteRows(2, 2));
  await box.fill('Đã bổ sung');
  await page.getByRole('button', { name: 'Đã tiếp thu', exact: true }).click();
  await page.locator('.error-text').waitFor();
  await expect(page.locator('.error-text').textContent()).resolves.toBe('Không thực hiện được: Không tìm thấy góp ý này trong tab «Góp ý» (có thể Văn phòng Sở đã xóa dòng). Hãy bấm «Kiểm tra lại».');
  await expect(box.inputValue()).resolves.toBe('Đã bổ sung');
  await page.close();
});
