import { readFileSync } from 'fs';
import path from 'path';
import { DIST, loadAppsScript } from './harness';

test('onOpen builds the menu, and each menu item names a top-level function of the built Code.js', () => {
  const run = loadAppsScript();
  run.call('onOpen', { authMode: 'NONE' });
  const menu = run.g.ui.menus[0];
  expect(menu.caption).toBe('Báo cáo KT-XH');
  const items = menu.entries.filter((e: { kind: string }) => e.kind === 'item') as { caption: string; functionName: string }[];
  expect(items.map((i) => i.caption)).toEqual([
    'Thiết lập / cập nhật biểu mẫu',
    'Kiểm tra biểu mẫu',
    'Tổng hợp',
    'Xuất PDF để ký',
    'Lấy góp ý của lãnh đạo',
    'Bật nhắc hạn',
    'Tắt nhắc hạn',
    'Xem trước thư nhắc',
    'Sang kỳ báo cáo mới',
  ]);
  for (const item of items) expect(typeof (run.context as Record<string, unknown>)[item.functionName]).toBe('function');
});

test('onOpen with no authorization touches nothing but the menu', () => {
  const run = loadAppsScript();
  run.g.calls.reset();
  run.call('onOpen', { authMode: 'NONE' });
  const touched = Object.keys(run.g.calls.byMethod).filter((m) => !/^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(m));
  expect(touched).toEqual([]);
});

test('every google.script.run call in the built sidebar names a top-level function of Code.js', () => {
  const html = readFileSync(path.join(DIST, 'sidebar.html'), 'utf8');
  const names = [...new Set([...html.matchAll(/\brun\.(\w+)\(/g)].map((m) => m[1]).filter((n) => !n.startsWith('with')))];
  expect(names.sort()).toEqual([
    'answerComment',
    'exportPdfForSigning',
    'getChangesSinceLastVersion',
    'getEditStamp',
    'getLeadershipComments',
    'getPastPeriods',
    'getSidebarState',
    'markSubmitted',
    'openArchiveTab',
    'openDivisionTab',
    'rebuildArchivedReport',
    'reopenDivision',
    'runConsolidation',
    'selectCell',
    'syncLeadershipComments',
    'viewArchivedTab',
  ]);
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  for (const name of names) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  const run = loadAppsScript();
  for (const name of names) expect(typeof (run.context as Record<string, unknown>)[name]).toBe('function');
});

test('the manifest asks for narrow scopes, V8 and the Vietnamese time zone', () => {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
  // Exactly these: the reminders added sending mail as the user (script.send_mail) and their daily trigger (script.scriptapp).
  expect([...manifest.oauthScopes].sort()).toEqual(
    [
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ].sort(),
  );
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/gmail.send');
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  // DriveApp would need the full drive scope: the bundle uses the Drive advanced service under drive.file.
  // The Doc is a .docx converted by Drive: no DocumentApp, no Docs API, no documents scope.
  expect(manifest.dependencies.enabledAdvancedServices.map((s: { userSymbol: string; version: string }) => `${s.userSymbol} ${s.version}`).sort()).toEqual(['Drive v3']);
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/documents');
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  expect(code).not.toMatch(/\bDriveApp\./);
  expect(code).not.toMatch(/\b(DocumentApp|Docs)\.\w/);
  // Mail goes through MailApp (script.send_mail), never GmailApp (which would need access to the whole mailbox).
  expect(code).not.toMatch(/\bGmailApp\./);
});
