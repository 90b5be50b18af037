/**
 * For every schedule, holiday list, deadline, log of earlier sends and run of days (the trigger firing
 * once or several times a day, divisions submitting as days go by): never two mails to one division on one
 * day, never more than one digest a day, nothing on a weekend or a holiday, a division that has submitted
 * or is complete is never mailed, and a division without an e-mail is never mailed.
 */
import fc from 'fast-check';
import type { DivisionReport } from '../../src/core/divisionReport';
import { resolveForm } from '../../src/core/form';
import type { SentMail } from '../../src/core/reminders/log';
import { digestMail, planReminders, ReminderInput } from '../../src/core/reminders/plan';
import { weekday } from '../../src/core/reminders/schedule';
import { defaultSettings } from '../../src/core/settings';
import { DivisionStatus, STATUS_LABELS } from '../../src/core/sidebarApi';

const settings0 = defaultSettings();
const form = resolveForm(settings0);
const STATUSES: DivisionStatus[] = ['empty', 'inProgress', 'complete', 'submitted'];

function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function report(name: string, emails: string[], status: DivisionStatus): DivisionReport {
  return {
    division: { name, tabName: name, emails },
    check: null,
    status,
    statusLabel: STATUS_LABELS[status],
    errorCount: 0,
    warningCount: 0,
    submittedAt: status === 'submitted' ? '2024-01-01T08:00' : null,
    submittedBy: null,
    lastEditedAt: null,
    problem: null,
  };
}

const story = fc.record({
  start: fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2024-01-01', n)),
  days: fc.integer({ min: 1, max: 21 }),
  deadlineOffset: fc.integer({ min: -10, max: 25 }),
  daysBefore: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
  afterDeadline: fc.boolean(),
  holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { maxLength: 6 }),
  divisions: fc.array(
    fc.record({
      hasEmail: fc.boolean(),
      /** Status on each day of the story (a division may submit, or be reopened). */
      statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: 21, maxLength: 21 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  runsPerDay: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 21, maxLength: 21 }),
  /** Sends logged before the story: (day offset, division index), some of them on the story's days. */
  earlier: fc.array(fc.tuple(fc.integer({ min: -3, max: 20 }), fc.nat(4)), { maxLength: 6 }),
});

test('never two mails to a division a day, nothing on weekends or holidays, nobody done or without e-mail mailed', () => {
  fc.assert(
    fc.property(story, (s) => {
      const settings = defaultSettings();
      settings.officeEmails = ['vanphong@skhcn.gov.vn'];
      settings.period.deadline = addDays(s.start, s.deadlineOffset);
      settings.reminders = { ...settings.reminders, daysBefore: s.daysBefore, afterDeadline: s.afterDeadline, holidays: s.holidayOffsets.map((o) => addDays(s.start, o)) };
      const names = s.divisions.map((_, i) => `Đơn vị ${i + 1}`);
      const sent: SentMail[] = s.earlier.filter(([, i]) => i < names.length).map(([o, i]) => ({ day: addDays(s.start, o), divisionName: names[i], kind: 'division' as const }));
      const mailedOn = new Map<string, number>();
      for (const m of sent) mailedOn.set(`${m.day}|${m.divisionName}`, (mailedOn.get(`${m.day}|${m.divisionName}`) ?? 0) + 1);
      const digestsOn = new Map<string, number>();
      for (let k = 0; k < s.days; k++) {
        const today = addDays(s.start, k);
        const reports = s.divisions.map((d, i) => report(names[i], d.hasEmail ? [`dv${i}@skhcn.gov.vn`] : [], d.statuses[k]));
        for (let run = 0; run < s.runsPerDay[k]; run++) {
          const input: ReminderInput = {
            settings,
            form,
            today,
            divisions: reports.map((r, i) => ({ report: r, tabUrl: `u#gid=${i}`, emailCell: `Cấu hình!C${i + 40}` })),
            sent: [...sent],
            enabledFor: null,
            fallbackDigestTo: '',
          };
          const plan = planReminders(input);
          const digest = digestMail(
            input,
            plan,
            plan.mails.map((mail) => ({ mail, failure: null })),
          );
          const mails = [...plan.mails, ...(digest ? [digest] : [])];
          if (mails.length) {
            const day = weekday(today);
            expect(day === 0 || day === 6).toBe(false);
            expect(settings.reminders.holidays).not.toContain(today);
          }
          for (const mail of plan.mails) {
            const r = reports.find((x) => x.division.name === mail.divisionName)!;
            expect(['submitted', 'complete']).not.toContain(r.status);
            expect(mail.to.length).toBeGreaterThan(0);
            const key = `${today}|${mail.divisionName}`;
            const before = mailedOn.get(key) ?? 0;
            // Pre-existing log rows of today count: a division the log says was mailed today is not mailed again.
            expect(before).toBe(0);
            mailedOn.set(key, before + 1);
            sent.push({ day: today, divisionName: mail.divisionName, kind: 'division' });
          }
          if (digest) {
            expect(digestsOn.get(today) ?? 0).toBe(0);
            digestsOn.set(today, 1);
            sent.push({ day: today, divisionName: digest.divisionName, kind: 'digest' });
          }
        }
      }
    }),
    { numRuns: 300 },
  );
});
