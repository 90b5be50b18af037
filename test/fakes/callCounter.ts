/**
 * The boundary between a script and the service fakes, shared by all of them:
 * - a call counter (tests assert call budgets with it): every method called on a fake object the
 *   script holds counts once as "Type.method", e.g. "Range.getValues", "Drive.Files.create"; a method
 *   called without its object (taken off it first) throws, as Apps Script's service methods do;
 * - `counted(target, 'Sheet', counter)`: the proxy the script gets instead of the fake object.
 *   Inside the fakes, objects call each other directly (uncounted); `unwrap(x)` turns an object
 *   the script passed back in (e.g. `ss.setActiveSheet(sheet)`) into the fake object behind it.
 *   Methods whose name starts with "_" are the fakes' own plumbing and are never counted;
 * - the errors Apps Script throws, and the realm they and returned dates are made in: a script
 *   run in a `vm` context has its own Error and Date, and `e instanceof Error` or
 *   `v instanceof Date` there must hold for what the fakes hand back (see useRealm).
 */

/** The constructors of the realm the script runs in. */
export interface ScriptRealm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/** Counts service calls; names are "Type.method", e.g. "Sheet.getRange", "File.moveTo". */
export interface CallCounter {
  /** Every call counted so far (since the last reset). */
  readonly total: number;
  /** Calls per "Type.method". */
  readonly byMethod: Readonly<Record<string, number>>;
  /** Counts one call (what every counted method does). */
  count(name: string): void;
  /** Calls of one "Type.method" (0 if never called). */
  countOf(name: string): number;
  /** Calls whose name starts with `prefix` (e.g. "Range." or "Docs."). */
  totalFor(prefix: string): number;
  reset(): void;
  /** Runs `fn` without counting: test set-up through the fakes' public API. */
  uncounted<T>(fn: () => T): T;
  /** Where errors and dates handed to the script are made (Node's own by default). */
  readonly realm: ScriptRealm;
  /** Makes errors and dates in the realm of a vm context: useRealm(vm.runInContext('({ Date, Error })', ctx)). */
  useRealm(realm: ScriptRealm): void;
}

export function createCallCounter(): CallCounter {
  let total = 0;
  let byMethod: Record<string, number> = {};
  let paused = 0;
  let realm: ScriptRealm = { Date, Error };
  return {
    get total() {
      return total;
    },
    get byMethod() {
      return byMethod;
    },
    count(name: string) {
      if (paused > 0) return;
      total += 1;
      byMethod[name] = (byMethod[name] ?? 0) + 1;
    },
    countOf(name: string) {
      return byMethod[name] ?? 0;
    },
    totalFor(prefix: string) {
      return Object.entries(byMethod).reduce((sum, [name, n]) => (name.startsWith(prefix) ? sum + n : sum), 0);
    },
    reset() {
      total = 0;
      byMethod = {};
    },
    uncounted<T>(fn: () => T): T {
      paused += 1;
      try {
        return fn();
      } finally {
        paused -= 1;
      }
    },
    get realm() {
      return realm;
    },
    useRealm(next: ScriptRealm) {
      realm = next;
    },
  };
}

/** What Apps Script throws: named "Exception" (the log shows "Exception: …"; the message has no prefix). */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** True for a Date of any realm (`instanceof Date` fails across vm contexts). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A copy of a date, made in the script's realm. */
export function scriptDate(date: Date, counter: CallCounter): Date {
  return new counter.realm.Date(date.getTime());
}

function gasTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `${value.length ? gasTypeName(value[0]) : 'Object'}[]`;
  if (isDate(value)) return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'number';
    case 'boolean':
      return 'Boolean';
    case 'function':
      return 'Function';
    default: {
      const raw = unwrap(value) as object;
      const name = raw.constructor?.name;
      return name && name !== 'Object' ? name.replace(/^Fake/, '') : 'Object';
    }
  }
}

/** The error Apps Script gives when arguments do not fit any overload of a method. */
export function signatureError(args: readonly unknown[], method: string): GasException {
  return new GasException(`The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for ${method}.`);
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/**
 * The object as scripts see it: every method call through it is counted as "typeName.method" and
 * runs on the fake object itself. The same target always gives the same proxy, so identity checks
 * (indexOf, ===) still work. A GasException thrown inside reaches the script as an Error of its realm.
 */
export function counted<T extends object>(target: T, typeName: string, counter: CallCounter): T {
  const raw = (targets.get(target) as T | undefined) ?? target;
  const existing = proxies.get(raw);
  if (existing) return existing as T;
  const wrappers = new Map<string, unknown>();
  const proxy = new Proxy(raw, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
      if (prop.startsWith('_') || Object.prototype.hasOwnProperty.call(Object.prototype, prop)) return value;
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const name = `${typeName}.${prop}`;
        // A method taken off its object and called alone (`const f = Drive.Files.update; f()`) has no receiver:
        // Apps Script's service methods throw then, so the fakes do too.
        wrapper = function (this: unknown, ...args: unknown[]) {
          if (this !== proxy && this !== obj)
            throw toScriptRealm(new GasException(`${name} was called without its object (Apps Script's service methods need their receiver: call it as ${typeName}.${prop}(...)).`), counter);
          counter.count(name);
          try {
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          } catch (error) {
            throw toScriptRealm(error, counter);
          }
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
  proxies.set(raw, proxy);
  targets.set(proxy, raw);
  return proxy;
}

function toScriptRealm(error: unknown, counter: CallCounter): unknown {
  if (!(error instanceof GasException) || counter.realm.Error === Error) return error;
  const converted = new counter.realm.Error(error.message);
  converted.name = error.name;
  return converted;
}

/** The fake object behind a proxy made by `counted` (anything else is returned as is). */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') return (targets.get(value as unknown as object) as T | undefined) ?? value;
  return value;
}
