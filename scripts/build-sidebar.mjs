// Builds the sidebar: bundles src/ui/main.ts with esbuild and inlines it, with src/ui/sidebar.css,
// into ONE self-contained sidebar.html (HtmlService serves a single file; no external URLs).
//   import { buildSidebar } from './build-sidebar.mjs'; await buildSidebar('dist');
//   node scripts/build-sidebar.mjs            -> dist/sidebar.html
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const UI = path.join(ROOT, 'src', 'ui');
const CSS_SLOT = '/*__SIDEBAR_CSS__*/';
const JS_SLOT = '/*__SIDEBAR_JS__*/';

/** Text that would end or confuse an inline <script> element. `\/` and `\!` mean `/` and `!` inside JS strings, regexes and templates. */
export function escapeInlineScript(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Text that would end an inline <style> element (`\/` is `/` in CSS). */
export function escapeInlineStyle(css) {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

function fillSlot(template, slot, content) {
  const at = template.indexOf(slot);
  if (at < 0 || template.indexOf(slot, at + 1) >= 0) throw new Error(`sidebar.html must hold ${slot} exactly once`);
  // Not String.replace: the bundle may contain `$&`, `$'` and the like.
  return template.slice(0, at) + content + template.slice(at + slot.length);
}

/** Returns the JS bundle of src/ui/main.ts as text. */
export async function bundleSidebarScript() {
  const result = await esbuild.build({
    entryPoints: [path.join(UI, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

/**
 * Writes `${outDir}/sidebar.html` (outDir relative to the working directory, created if missing)
 * and returns its absolute path.
 */
export async function buildSidebar(outDir) {
  const [template, css, js] = await Promise.all([readFile(path.join(UI, 'sidebar.html'), 'utf8'), readFile(path.join(UI, 'sidebar.css'), 'utf8'), bundleSidebarScript()]);
  const html = fillSlot(fillSlot(template, CSS_SLOT, escapeInlineStyle(css.trim())), JS_SLOT, escapeInlineScript(js.trim()));
  const dir = path.resolve(outDir);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'sidebar.html');
  await writeFile(file, html, 'utf8');
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildSidebar(path.join(ROOT, 'dist')).then(
    (file) => console.log(`wrote ${path.relative(process.cwd(), file)}`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
