/** A clean install on the README's Node (20) prints no engine warnings: every locked package accepts it. */
import { readFileSync } from 'fs';
import path from 'path';
// semver is what npm itself checks engines with; it is in the tree through several tools.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as { satisfies(version: string, range: string): boolean };

const ROOT = path.resolve(__dirname, '..', '..');

test('every package in package-lock.json accepts Node 20, the version package.json and the README name', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.engines.node).toBe('>=20');
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; version?: string }> };
  const refusing = Object.entries(lock.packages)
    .filter(([name, p]) => name !== '' && p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies('20.19.0', p.engines.node))
    .map(([name, p]) => `${name}@${p.version}: node ${(p.engines as { node: string }).node}`);
  expect(refusing).toEqual([]);
});
