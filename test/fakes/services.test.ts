import vm from 'vm';
import { createGoogleServices, formatDate } from './services';
import { createCallCounter } from './callCounter';

const SCRIPT = `
function onOpen() {
  SpreadsheetApp.getUi().createMenu('Báo cáo').addItem('Mở', 'openSidebar').addToUi();
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Báo cáo KT-XH'));
}
function writeRows(n) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
    var rows = [];
    for (var i = 0; i < n; i++) rows.push([i + 1, new Date(2024, 0, i + 1), 'x']);
    sheet.getRange(1, 1, n, 3).setValues(rows);
    PropertiesService.getDocumentProperties().setProperty('rows', n);
    return sheet.getRange(1, 1, n, 3).getValues();
  } finally {
    lock.releaseLock();
  }
}
function whoAmI() {
  return Session.getActiveUser().getEmail() + ' ' + Utilities.formatDate(new Date(Date.UTC(2024, 5, 30, 17, 5)), Session.getScriptTimeZone(), "yyyy-MM-dd'T'HH:mm");
}
function badWrite() {
  try {
    SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B1').setValues([[1]]);
  } catch (e) {
    return { isError: e instanceof Error, name: e.name, message: e.message };
  }
}
function dateIsDate() {
  var v = SpreadsheetApp.getActive().getSheetByName('Data').getRange('B1').getValue();
  return v instanceof Date;
}
`;

function load(options: Parameters<typeof createGoogleServices>[0] = {}) {
  const g = createGoogleServices({ sheetNames: ['Data'], htmlFiles: { sidebar: '<p>Sidebar</p>' }, ...options });
  const ctx = g.createContext();
  vm.runInContext(SCRIPT, ctx);
  g.calls.reset();
  return { g, run: (code: string) => vm.runInContext(code, ctx) as unknown };
}

describe('createGoogleServices', () => {
  it('gives the globals a script uses, ready for a vm context', () => {
    const g = createGoogleServices();
    expect(Object.keys(g.globals).sort()).toEqual(
      ['DriveApp', 'HtmlService', 'LockService', 'Logger', 'MailApp', 'MimeType', 'PropertiesService', 'ScriptApp', 'Session', 'SpreadsheetApp', 'Utilities', 'console'].sort(),
    );
    expect(g.globals.ScriptApp.AuthMode.LIMITED).toBe('LIMITED');
  });

  it("makes a context as bare as Apps Script's V8: none of Node's globals", () => {
    const ctx = createGoogleServices().createContext();
    expect(vm.runInContext('[typeof Buffer, typeof TextEncoder, typeof setTimeout, typeof setImmediate, typeof process, typeof require, typeof btoa].join()', ctx)).toBe(Array(7).fill('undefined').join());
  });

  it('throws, as Apps Script does, when a service method is called without its object', () => {
    const g = createGoogleServices();
    const ctx = g.createContext();
    expect(vm.runInContext('SpreadsheetApp.getActiveSpreadsheet().getName()', ctx)).toBe('Untitled spreadsheet');
    expect(() => vm.runInContext('var f = SpreadsheetApp.getActiveSpreadsheet; f()', ctx)).toThrow(/SpreadsheetApp.getActiveSpreadsheet was called without its object/);
    expect(() => vm.runInContext('var ss = SpreadsheetApp.getActiveSpreadsheet(); [1].map(ss.getSheets)', ctx)).toThrow(/without its object/);
  });

  it('makes blobs of Java bytes: signed, -128 to 127, in a plain array', () => {
    const g = createGoogleServices();
    const ctx = g.createContext();
    expect(vm.runInContext("Utilities.newBlob([-1, 0, 127, -128], MimeType.PDF, 'a.pdf').getBytes()", ctx)).toEqual([-1, 0, 127, -128]);
    expect(vm.runInContext("Utilities.newBlob('Độc lập').getDataAsString()", ctx)).toBe('Độc lập');
    expect(() => vm.runInContext('Utilities.newBlob([200])', ctx)).toThrow('Cannot convert 200 to byte.');
    expect(() => vm.runInContext('Utilities.newBlob(new Uint8Array([1]))', ctx)).toThrow(/don't match the method signature/);
  });

  it('runs menus and sidebars and records them', () => {
    const { g, run } = load();
    run('onOpen(); openSidebar();');
    expect(g.ui.menus).toEqual([{ caption: 'Báo cáo', addon: false, entries: [{ kind: 'item', caption: 'Mở', functionName: 'openSidebar' }] }]);
    expect(g.ui.sidebars).toEqual([{ title: 'Báo cáo KT-XH', content: '<p>Sidebar</p>', width: null, height: null }]);
  });

  it('counts calls that do not grow with the number of rows written and read', () => {
    const { g, run } = load();
    run('writeRows(10)');
    const small = { ...g.calls.byMethod };
    g.calls.reset();
    run('writeRows(400)');
    expect(g.calls.byMethod).toEqual(small);
    expect(small['Range.setValues']).toBe(1);
    expect(small['LockService.getDocumentLock']).toBe(1);
    expect(g.properties.document.get('rows')).toBe('400');
    expect(g.lock.events.map((e) => e.type)).toEqual(['acquire', 'release', 'acquire', 'release']);
  });

  it('hands dates and errors to the script in its own realm', () => {
    const { run } = load();
    run('writeRows(2)');
    expect(run('dateIsDate()')).toBe(true);
    const result = run('badWrite()') as { isError: boolean; name: string; message: string };
    expect(result).toEqual({
      isError: true,
      name: 'Exception',
      message: 'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    });
  });

  it('lets a test change who runs the script', () => {
    const { g, run } = load({ userEmail: 'div-a@x.vn' });
    expect(run('whoAmI()')).toBe('div-a@x.vn 2024-07-01T00:05');
    g.session.activeUserEmail = 'office@x.vn';
    expect(run('whoAmI()')).toBe('office@x.vn 2024-07-01T00:05');
  });

  it('shares one counter with fakes added later', () => {
    const calls = createCallCounter();
    const g = createGoogleServices({ counter: calls });
    g.globals.Session.getActiveUser().getEmail();
    expect(calls.byMethod).toEqual({ 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });

  it('records Logger and console output, and sleeps without waiting', () => {
    const { g, run } = load();
    run("Logger.log('rows: %s', 3); console.warn('careful', {a: 1}); Utilities.sleep(1000);");
    expect(g.logs).toEqual([
      { source: 'Logger', level: 'log', message: 'rows: 3' },
      { source: 'console', level: 'warn', message: 'careful {"a":1}' },
    ]);
    expect(g.sleeps).toEqual([1000]);
  });
});

describe('Utilities.formatDate', () => {
  const instant = new Date(Date.UTC(2024, 5, 30, 17, 5, 9));
  it('formats the patterns the product uses in the given IANA time zone', () => {
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd')).toBe('2024-07-01');
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm")).toBe('2024-07-01T00:05');
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', 'HH:mm dd/MM/yyyy')).toBe('00:05 01/07/2024');
    expect(formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-06-30 17:05:09');
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', "EEE, d MMM yy h:mm a Z XXX ''")).toBe("Mon, 1 Jul 24 12:05 AM +0700 +07:00 '");
    expect(formatDate(instant, 'Not/AZone', 'HH:mm')).toBe('17:05');
    expect(() => formatDate(instant, 'UTC', 'yyyy-MM-dd q')).toThrow("Illegal pattern character 'q'");
  });
});
