import { createCallCounter } from './callCounter';
import { ScriptTriggers, TOO_MANY_CLOCK_TRIGGERS, createTriggerStore } from './scriptTriggers';
import { counted } from './callCounter';

function scriptApp(user: { email: string }, documentId = 'sheet-1') {
  const counter = createCallCounter();
  const store = createTriggerStore({ counter, currentUser: () => user.email, documentId: () => documentId });
  return { app: counted(new ScriptTriggers(store), 'ScriptApp', counter), store, counter };
}

describe('ScriptApp trigger fake', () => {
  it('builds a daily clock trigger, lists it for its owner in its document only, and deletes it', () => {
    const user = { email: 'vanphong@x.vn' };
    const { app, store, counter } = scriptApp(user);
    const sheet = { getId: () => 'sheet-1' };
    const trigger = app.newTrigger('remindDeadlines').timeBased().atHour(8).everyDays(1).create();
    expect(trigger.getHandlerFunction()).toBe('remindDeadlines');
    expect(trigger.getEventType()).toBe(app.EventType.CLOCK);
    expect(store.triggers).toEqual([expect.objectContaining({ handler: 'remindDeadlines', atHour: 8, everyDays: 1, owner: 'vanphong@x.vn', documentId: 'sheet-1' })]);
    expect(app.getUserTriggers(sheet).map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    expect(app.getUserTriggers({ getId: () => 'other-sheet' })).toEqual([]);
    user.email = 'someone.else@x.vn';
    expect(app.getProjectTriggers()).toEqual([]);
    user.email = 'vanphong@x.vn';
    app.deleteTrigger(app.getUserTriggers(sheet)[0]);
    expect(store.triggers).toEqual([]);
    expect(counter.countOf('ClockTriggerBuilder.create')).toBe(1);
  });

  it('holds one time-driven trigger per user per document, as for an add-on; another user may hold their own', () => {
    const user = { email: 'a@x.vn' };
    const { app, store } = scriptApp(user);
    app.newTrigger('f').timeBased().atHour(8).everyDays(1).create();
    expect(() => app.newTrigger('g').timeBased().everyHours(1).create()).toThrow(TOO_MANY_CLOCK_TRIGGERS);
    user.email = 'b@x.vn';
    app.newTrigger('f').timeBased().atHour(9).everyDays(1).create();
    expect(store.triggers.map((t) => t.owner)).toEqual(['a@x.vn', 'b@x.vn']);
  });

  it('refuses what Google refuses: a bad hour, atHour without a daily recurrence, a trigger more often than hourly', () => {
    const { app } = scriptApp({ email: 'a@x.vn' });
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow(/hour/);
    expect(() => app.newTrigger('f').timeBased().atHour(8).create()).toThrow(/Recurrence is not set/);
    expect(() => app.newTrigger('f').timeBased().everyMinutes(5)).toThrow(/more often than once an hour/);
  });
});
