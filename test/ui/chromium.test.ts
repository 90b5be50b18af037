/** Every browser test finds Chromium the same way: CHROMIUM_PATH, else /usr/bin/chromium, through test/ui/chromium.ts. */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';

const TEST_ROOT = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|js)$/.test(name) ? [file] : [];
  });
}

test('CHROMIUM_PATH overrides /usr/bin/chromium', () => {
  expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
  expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
  expect(chromiumPath({})).toBe('/usr/bin/chromium');
  expect(CHROMIUM_FLAGS).toEqual(['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']);
});

test('no browser test launches Chromium by itself or names its path', () => {
  const helper = path.join(__dirname, 'chromium.ts');
  const offenders = sources(TEST_ROOT)
    .filter((file) => file !== helper && file !== __filename)
    .filter((file) => /\bchromium\.launch\(|executablePath|\/usr\/bin\/chromium/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(TEST_ROOT, file));
  expect(offenders).toEqual([]);
});
