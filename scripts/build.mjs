// Builds everything that runs: dist/ for Apps Script (Code.js, sidebar.html, appsscript.json)
// and dist-cli/ for the command line. Apps Script only sees top-level function declarations,
// so after the esbuild IIFE (globalName App) one stub is generated per public function of src/main.ts.
import { build } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** The names src/main.ts exports, read from the bundle itself so the list cannot drift. */
export function publicFunctionNames(bundle) {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\n;this.__names = Object.keys(App);`, context);
  return context.__names.filter((name) => typeof context.App[name] === 'function');
}

export function stubs(names) {
  return names.map((name) => `function ${name}() { return App.${name}.apply(this, arguments); }`).join('\n');
}

/**
 * How code is bundled for Apps Script's V8: ES2019, no Node platform (docx and fflate resolve to their
 * browser/neutral ESM builds, which import no Node built-in), one IIFE. The bench builds with the same options.
 */
export const APPS_SCRIPT_OPTIONS = {
  bundle: true,
  format: 'iife',
  target: 'es2019',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  legalComments: 'none',
  charset: 'utf8',
};

export async function buildAppsScript() {
  await mkdir(dist, { recursive: true });
  const result = await build({ ...APPS_SCRIPT_OPTIONS, entryPoints: [path.join(root, 'src', 'main.ts')], globalName: 'App' });
  const bundle = result.outputFiles[0].text;
  const names = publicFunctionNames(bundle);
  const code = `${bundle}\n// Entry points Apps Script can see (generated from src/main.ts).\n${stubs(names)}\n`;
  await writeFile(path.join(dist, 'Code.js'), code);
  await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  return names;
}

async function main() {
  const names = await buildAppsScript();
  const { buildSidebar } = await import('./build-sidebar.mjs');
  await buildSidebar(dist);
  if (existsSync(path.join(root, 'scripts', 'build-cli.mjs'))) {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli();
  }
  console.log(`Đã build dist/ (${names.length} hàm công khai) và dist-cli/.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
