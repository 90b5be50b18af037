/** What changed since the previous "Tổng hợp" run, in words, or why there is nothing to compare with. */
import type { ResolvedForm } from '../form';
import { periodIdOfName } from '../periods/kind';
import { diffVersions } from './diff';
import type { VersionRecord } from './record';
import { ChangesInWords, changesInWords } from './wording';

/** The changes from `previous` to `current`, or null when `previous` is of another period (a new period starts afresh). */
export function changesSince(previous: VersionRecord, current: VersionRecord, form: ResolvedForm): ChangesInWords | null {
  if (periodIdOfName(previous.period) !== periodIdOfName(current.period)) return null;
  return changesInWords(form, diffVersions(previous, current), current);
}
