/** The script's clock in the vm: `new Date()` and `Date.now()` in its realm give the instant set here. */
import vm from 'vm';
import type { AppsScriptRun } from './harness';

export function setClock(run: AppsScriptRun, instant: Date): void {
  const context = run.context as Record<string, unknown>;
  if (!context.__RealDate) vm.runInContext('var __RealDate = Date;', run.context);
  vm.runInContext(
    `Date = (function (RealDate, now) {
       function FixedDate() { return arguments.length ? new (Function.prototype.bind.apply(RealDate, [null].concat([].slice.call(arguments))))() : new RealDate(now); }
       FixedDate.prototype = RealDate.prototype; FixedDate.now = function () { return now; }; FixedDate.UTC = RealDate.UTC; FixedDate.parse = RealDate.parse;
       return FixedDate;
     })(__RealDate, ${instant.getTime()});`,
    run.context,
  );
}

/** "2024-06-27 08:15" in Việt Nam (UTC+7). */
export function vietnamTime(isoLocal: string): Date {
  return new Date(`${isoLocal.replace(' ', 'T')}:00+07:00`);
}
