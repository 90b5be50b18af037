import { createHtmlService, createUi, createUiLog } from './htmlService';
import { createCallCounter } from './callCounter';

describe('HtmlService fake', () => {
  it('builds outputs from strings and project files, and fails like Google for a missing file', () => {
    const { service } = createHtmlService({ files: { sidebar: '<p>Hi</p>' } });
    const out = service.createHtmlOutputFromFile('sidebar').setTitle('Báo cáo').setWidth(300).setSandboxMode(service.SandboxMode.IFRAME);
    expect([out.getContent(), out.getTitle(), out.getWidth()]).toEqual(['<p>Hi</p>', 'Báo cáo', 300]);
    expect(service.createHtmlOutputFromFile('sidebar.html').getContent()).toBe('<p>Hi</p>');
    expect(() => service.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    expect(service.createHtmlOutput('<b>').append('x').appendUntrusted('<i>').getContent()).toBe('<b>x&lt;i&gt;');
  });

  it('evaluates printing scriptlets of templates with the variables set on them', () => {
    const { service } = createHtmlService({ files: { page: '<h1><?= title ?></h1><?!= raw ?>' } });
    const t = service.createTemplateFromFile('page');
    t.title = '<Đơn vị A>';
    t.raw = '<hr>';
    expect(t.evaluate().getContent()).toBe('<h1>&lt;Đơn vị A&gt;</h1><hr>');
    expect(() => service.createTemplate('<? if (x) { ?>').evaluate()).toThrow(/standard scriptlets/);
  });

  it('lets the Ui show outputs as sidebars and dialogs, recording what was shown', () => {
    const counter = createCallCounter();
    const { service } = createHtmlService({ counter, files: { sidebar: '<p>S</p>' } });
    const log = createUiLog();
    const ui = createUi(log, counter);
    ui.showSidebar(service.createHtmlOutputFromFile('sidebar').setTitle('Báo cáo KT-XH'));
    ui.showModalDialog(service.createHtmlOutput('<p>D</p>').setWidth(400).setHeight(200), 'Tổng hợp');
    expect(log.sidebars).toEqual([{ title: 'Báo cáo KT-XH', content: '<p>S</p>', width: null, height: null }]);
    expect(log.dialogs).toEqual([{ title: 'Tổng hợp', content: '<p>D</p>', width: 400, height: 200, modal: true }]);
    expect(() => ui.showSidebar('<p>raw</p>' as never)).toThrow(/don't match the method signature/);
    expect(counter.countOf('Ui.showSidebar')).toBe(2);
  });
});
