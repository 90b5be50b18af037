import { LOCK_TIMEOUT_MESSAGE, createLockService } from './lockService';

describe('LockService fake', () => {
  it('acquires and releases, recording the order with the run that asked', () => {
    const { service, control } = createLockService();
    control.startRun('A');
    const lock = service.getDocumentLock();
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    control.startRun('B');
    const other = service.getDocumentLock();
    expect(other.tryLock(1000)).toBe(true);
    other.releaseLock();
    expect(control.events.map((e) => `${e.run}:${e.type}`)).toEqual(['A:acquire', 'A:release', 'B:acquire', 'B:release']);
    expect(control.events[0]).toEqual({ seq: 1, scope: 'document', run: 'A', type: 'acquire', timeoutMs: 30000 });
  });

  it('fails like Google while another execution holds the lock: waitLock throws, tryLock is false', () => {
    const { service, control } = createLockService();
    control.holdByOther('script');
    const lock = service.getScriptLock();
    expect(() => lock.waitLock(10000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock();
    expect(control.holderOf('script')).toBe('another execution');
    expect(service.getDocumentLock().tryLock(0)).toBe(true);
    control.releaseByOther('script');
    lock.waitLock(10000);
    expect(control.events.map((e) => e.type)).toEqual(['timeout', 'tryFailed', 'acquire', 'acquire']);
  });

  it('lets a run wait long enough for a holder that lets go in time', () => {
    const { service, control } = createLockService();
    control.holdByOther('document', { releaseAfterMs: 5000 });
    expect(service.getDocumentLock().tryLock(1000)).toBe(false);
    expect(service.getDocumentLock().tryLock(5000)).toBe(true);
    expect(control.events[1]).toMatchObject({ type: 'acquire', waitedMs: 5000 });
  });

  it('releases what a run still holds when the run ends, so a run that forgets cannot block the next', () => {
    const { service, control } = createLockService();
    control.startRun('A');
    service.getUserLock().waitLock(100);
    control.startRun('B');
    const b = service.getUserLock();
    b.waitLock(100);
    expect(b.hasLock()).toBe(true);
    control.endRun();
    expect(control.events.map((e) => `${e.run}:${e.type}`)).toEqual(['A:acquire', 'A:releasedAtEndOfRun', 'B:acquire', 'B:releasedAtEndOfRun']);
  });

  it('checks the timeout argument', () => {
    const { service } = createLockService();
    expect(() => service.getScriptLock().waitLock('soon' as never)).toThrow(/don't match the method signature for LockService.Lock.waitLock/);
  });
});
