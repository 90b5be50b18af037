import { createCallCounter } from './callCounter';
import { MAIL_QUOTA_MESSAGE, createMailApp } from './mailApp';

describe('MailApp fake', () => {
  it('records a message, counts the call, and spends one unit of quota per recipient', () => {
    const counter = createCallCounter();
    const { service, sent, control } = createMailApp({ counter, quota: 5 });
    service.sendEmail({ to: 'a@x.vn, b@x.vn', subject: 'Nhắc hạn', body: 'Nội dung', name: 'Báo cáo KT-XH' });
    service.sendEmail('c@x.vn', 'Tiêu đề', 'Thân', { cc: 'd@x.vn' });
    expect(sent.map((m) => [m.to, m.cc, m.subject, m.name])).toEqual([
      [['a@x.vn', 'b@x.vn'], [], 'Nhắc hạn', 'Báo cáo KT-XH'],
      [['c@x.vn'], ['d@x.vn'], 'Tiêu đề', null],
    ]);
    expect(service.getRemainingDailyQuota()).toBe(1);
    expect(control.quota).toBe(1);
    expect(counter.countOf('MailApp.sendEmail')).toBe(2);
  });

  it('throws like Google once the quota cannot cover a message, and sends nothing', () => {
    const { service, sent } = createMailApp({ quota: 1 });
    expect(() => service.sendEmail({ to: 'a@x.vn,b@x.vn', subject: 's', body: 'b' })).toThrow(MAIL_QUOTA_MESSAGE);
    expect(sent).toEqual([]);
  });

  it('refuses a malformed address, a message without recipient, and a call without its receiver', () => {
    const { service } = createMailApp();
    expect(() => service.sendEmail({ to: 'a@@x', subject: 's', body: 'b' })).toThrow('Invalid email: a@@x');
    expect(() => service.sendEmail({ subject: 's', body: 'b' })).toThrow('no recipient');
    const send = service.sendEmail;
    expect(() => send({ to: 'a@x.vn', subject: 's', body: 'b' })).toThrow(/without its object/);
  });
});
