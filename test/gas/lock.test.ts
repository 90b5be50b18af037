/**
 * Waiting on each other: a second setup or "Tổng hợp" started while another run holds the lock waits about
 * 30 seconds, not 5 of Apps Script's 6 minutes, then says who is running what and since when.
 */
import { OFFICE, loadAppsScript } from './harness';

function documentProperties(run: ReturnType<typeof loadAppsScript>): GoogleAppsScript.Properties.Properties {
  return (run.context as unknown as { PropertiesService: GoogleAppsScript.Properties.PropertiesService }).PropertiesService.getDocumentProperties();
}

test('a second run waits at most 30 seconds and names who runs what since when', () => {
  const run = loadAppsScript();
  run.call('menuSetUp');
  // Another execution (the Office's "Tổng hợp" started at 09:05) holds the lock and has said so while it works.
  run.g.lock.holdByOther('document', { label: 'Tổng hợp của Văn phòng' });
  run.g.calls.uncounted(() => documentProperties(run).setProperty('runInProgress', JSON.stringify({ what: 'Tổng hợp', by: OFFICE, since: '2024-06-27T09:05' })));
  run.call('menuSetUp');
  const alert = run.g.ui.alerts[run.g.ui.alerts.length - 1].prompt;
  expect(alert).toContain(`${OFFICE} đang chạy «Tổng hợp» từ 09:05 27/06/2024; đã chờ 30 giây mà chưa xong.`);
  const waited = run.g.lock.events.filter((e) => e.type === 'timeout').map((e) => e.timeoutMs);
  expect(waited).toEqual([30000]);
});

test('a run that finishes leaves no "in progress" mark behind, and the next run takes the lock at once', () => {
  const run = loadAppsScript();
  run.call('menuSetUp');
  expect(run.g.calls.uncounted(() => documentProperties(run).getProperty('runInProgress'))).toBeNull();
  run.call('menuSetUp');
  expect(run.g.lock.events.filter((e) => e.type === 'acquire').map((e) => e.timeoutMs)).toEqual([30000, 30000]);
});
