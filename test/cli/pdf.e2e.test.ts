/** "tong-hop --pdf": the report also as a PDF for signing, made by LibreOffice; without LibreOffice, how to install it. */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { tempDir, writeSampleWorkbook } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'bao-cao-ktxh.js');
const tmp = tempDir('bao-cao-pdf-');

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp.dir, encoding: 'utf8', env });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  await writeSampleWorkbook(path.join(tmp.dir, 'mau.xlsx'));
});
afterAll(() => tmp.remove());

const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

(hasLibreOffice ? test : test.skip)(
  'with LibreOffice, --pdf writes the PDF beside the .docx, with the same name',
  () => {
    const r = run(['tong-hop', 'mau.xlsx', '-o', 'out/bao-cao.docx', '--pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã ghi PDF để ký: ${path.join('out', 'bao-cao.pdf')}`);
    expect(existsSync(path.join(tmp.dir, 'out', 'bao-cao.docx'))).toBe(true);
    expect(
      readFileSync(path.join(tmp.dir, 'out', 'bao-cao.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  },
  120000,
);

test('without LibreOffice, the .docx is written and the message says in Vietnamese how to install it', () => {
  // A PATH with no soffice on it (node is started by its full path).
  const r = run(['tong-hop', 'mau.xlsx', '-o', 'khong-pdf/bao-cao.docx', '--pdf'], { ...process.env, PATH: path.join(tmp.dir, 'khong-co-gi') });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('Chưa có LibreOffice nên chưa xuất được PDF (tệp .docx vẫn đã ghi)');
  expect(r.stderr).toContain('sudo apt-get install libreoffice-writer-nogui');
  expect(existsSync(path.join(tmp.dir, 'khong-pdf', 'bao-cao.docx'))).toBe(true);
  expect(existsSync(path.join(tmp.dir, 'khong-pdf', 'bao-cao.pdf'))).toBe(false);
});

test('--pdf does not replace a PDF already there without --force', () => {
  const first = run(['tong-hop', 'mau.xlsx', '-o', 'co-san/bao-cao.docx']);
  expect(first.code).toBe(0);
  writeFileSync(path.join(tmp.dir, 'co-san', 'ban-ky.pdf'), 'đã ký');
  const r = run(['tong-hop', 'mau.xlsx', '-o', 'co-san/ban-ky.docx', '--pdf']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('ban-ky.pdf» đã có. Không ghi đè');
  expect(readFileSync(path.join(tmp.dir, 'co-san', 'ban-ky.pdf'), 'utf8')).toBe('đã ký');
});
