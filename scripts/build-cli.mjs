// Builds the command line: bundles src/cli/main.ts with esbuild into dist-cli/cli.js (CommonJS, Node 20).
// exceljs stays outside the bundle (a dependency of the package, installed with it); docx is bundled, its
// unused parts left out, which halves the time a cold command takes to load it.
//   import { buildCli } from './build-cli.mjs'; await buildCli();
//   node scripts/build-cli.mjs            -> dist-cli/cli.js
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli(outDir = path.join(ROOT, 'dist-cli')) {
  const outfile = path.join(outDir, 'cli.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['exceljs'],
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '// Built by scripts/build-cli.mjs from src/cli and src/core: do not edit.' },
  });
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildCli().then(
    (file) => console.log(`Built ${path.relative(process.cwd(), file)}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
