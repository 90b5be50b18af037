/**
 * The renderer as Apps Script runs it: bundled with the Apps Script build options (scripts/build.mjs) and run
 * in a vm context that has none of Node's globals (no Buffer, TextEncoder, setTimeout, setImmediate, process,
 * require). The stand-in for Apps Script's V8 when timing the .docx packing.
 */
import path from 'path';
import vm from 'vm';
import { build, BuildOptions } from 'esbuild';

export async function bareV8Packer(): Promise<(json: string) => number> {
  const { APPS_SCRIPT_OPTIONS } = (await import(path.join(__dirname, '..', 'build.mjs'))) as { APPS_SCRIPT_OPTIONS: BuildOptions };
  const result = await build({ ...APPS_SCRIPT_OPTIONS, entryPoints: [path.join(__dirname, 'packEntry.ts')], globalName: 'Pack' });
  const context = vm.createContext({});
  const missing = vm.runInContext("['Buffer','TextEncoder','setTimeout','setImmediate','process','require'].filter(function (n) { return typeof globalThis[n] !== 'undefined'; })", context) as string[];
  if (missing.length) throw new Error(`the bare context has ${missing.join(', ')}`);
  vm.runInContext(result.outputFiles![0].text, context);
  const pack = vm.runInContext('Pack.pack', context) as (json: string) => number;
  return (json) => pack(json);
}
