/**
 * PropertiesService fake: three string-only key/value stores (document, script, user), shared by
 * every Properties object handed out, so that what one run writes the next run reads.
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError } from './callCounter';

export type PropertyScope = 'document' | 'script' | 'user';

/** Quotas of the real service: 9 kB per value, 500 kB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

export interface PropertiesOptions {
  counter?: CallCounter;
  /** Properties present before the script runs. */
  initial?: Partial<Record<PropertyScope, Record<string, string>>>;
}

export interface FakePropertiesService {
  /** The PropertiesService global. */
  service: FakePropertiesServiceApi;
  /** The stores themselves; tests read and seed them directly (uncounted). */
  stores: Record<PropertyScope, Map<string, string>>;
}

export function createPropertiesService(options: PropertiesOptions = {}): FakePropertiesService {
  const counter = options.counter ?? createCallCounter();
  const stores: Record<PropertyScope, Map<string, string>> = {
    document: new Map(Object.entries(options.initial?.document ?? {})),
    script: new Map(Object.entries(options.initial?.script ?? {})),
    user: new Map(Object.entries(options.initial?.user ?? {})),
  };
  return { service: counted(new FakePropertiesServiceApi(stores, counter), 'PropertiesService', counter), stores };
}

export class FakePropertiesServiceApi {
  constructor(
    private readonly stores: Record<PropertyScope, Map<string, string>>,
    private readonly counter: CallCounter,
  ) {}
  getDocumentProperties(): FakeProperties {
    return this.open('document');
  }
  getScriptProperties(): FakeProperties {
    return this.open('script');
  }
  getUserProperties(): FakeProperties {
    return this.open('user');
  }
  private open(scope: PropertyScope): FakeProperties {
    return counted(new FakeProperties(this.stores[scope], this.counter), 'Properties', this.counter);
  }
}

/** Properties: keys and values are strings; anything else is stored as String(value). */
export class FakeProperties {
  constructor(
    private readonly store: Map<string, string>,
    private readonly counter: CallCounter,
  ) {}

  private self(): FakeProperties {
    return counted(this, 'Properties', this.counter);
  }

  getProperty(key: string): string | null {
    const value = this.store.get(String(key));
    return value === undefined ? null : value;
  }

  setProperty(...args: [key: string, value: string]): FakeProperties {
    const [key, value] = args;
    if (args.length < 2 || key === null || key === undefined) throw signatureError(args, 'PropertiesService.Properties.setProperty');
    this.write(new Map([[String(key), String(value)]]), false);
    return this.self();
  }

  /** Copy of all properties as a plain object. */
  getProperties(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.store) out[k] = v;
    return out;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    if (properties === null || typeof properties !== 'object') throw signatureError([properties], 'PropertiesService.Properties.setProperties');
    const entries = new Map<string, string>();
    for (const [k, v] of Object.entries(properties)) entries.set(k, String(v));
    this.write(entries, !!deleteAllOthers);
    return this.self();
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): FakeProperties {
    this.store.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): FakeProperties {
    this.store.clear();
    return this.self();
  }

  /** Writes all or nothing, checking the real quotas first. */
  private write(entries: Map<string, string>, deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of entries) {
      if (byteLength(v) > MAX_VALUE_BYTES) throw new GasException('Argument too large: value');
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += byteLength(k) + byteLength(v);
    if (total > MAX_STORE_BYTES) throw new GasException('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
