/**
 * The report never goes over an input, whatever name it is given: the input's own name, a hard link to it,
 * or a symbolic link to it; with or without --force. Files are compared by identity (device and inode).
 */
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { consolidateCommand } from '../../src/cli/consolidate';
import { isSameFile, outputProblem, writeOutputFile } from '../../src/cli/paths';
import { captureIo, division, tempDir, writeDivisionFile } from './helpers';

const tmp = tempDir('bao-cao-outputs-');
const folder = path.join(tmp.dir, 'nhan-ve');
const input = path.join(folder, 'QLKH.xlsx');
let original: Buffer;

beforeAll(async () => {
  mkdirSync(folder);
  await writeDivisionFile(input, division('QLKH'));
  original = readFileSync(input);
});
afterAll(() => tmp.remove());

describe.each([
  ['a hard link', 'cung', (link: string) => linkSync(input, link)],
  ['a symbolic link', 'tat', (link: string) => symlinkSync(input, link)],
])('-o naming %s of an input', (_what, kind, makeLink) => {
  test.each([false, true])('is refused (--force: %s), and the input keeps its content', async (force) => {
    const link = path.join(tmp.dir, `lien-ket-${kind}-${force}.docx`);
    makeLink(link);
    const io = captureIo();
    const outcome = await consolidateCommand([folder], { out: link, force, now: new Date(2024, 5, 27) }, io);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.written).toBeNull();
    expect(io.errors.join('\n')).toMatch(/^Không ghi vào «.*lien-ket-.*\.docx» vì đó là tệp đầu vào «.*QLKH\.xlsx» \(cùng một tệp dưới tên khác: liên kết hoặc lối tắt\)\. Chọn tên tệp khác với -o\.$/);
    expect(readFileSync(input).equals(original)).toBe(true);
  });
});

test('a folder given through a symbolic link is the same folder: its files are still inputs', async () => {
  const alias = path.join(tmp.dir, 'bi-danh');
  symlinkSync(folder, alias);
  expect(isSameFile(path.join(alias, 'QLKH.xlsx'), input)).toBe(true);
  expect(outputProblem(path.join(alias, 'QLKH.xlsx'), [input], true)).toContain('vì đó là tệp đầu vào');
  const io = captureIo();
  expect((await consolidateCommand([alias], { out: input, force: true, now: new Date(2024, 5, 27) }, io)).exitCode).toBe(2);
  expect(readFileSync(input).equals(original)).toBe(true);
});

test('a different file is not the same file; an output that does not exist yet may be written', () => {
  const other = path.join(tmp.dir, 'khac.docx');
  writeFileSync(other, 'x');
  expect(isSameFile(other, input)).toBe(false);
  expect(outputProblem(path.join(tmp.dir, 'moi.docx'), [input], false)).toBeNull();
});

test('--force replaces the name, never writes through it: a file hard-linked to the old report keeps its content', async () => {
  const report = path.join(tmp.dir, 'bao-cao.docx');
  const copy = path.join(tmp.dir, 'ban-luu.docx');
  writeFileSync(report, 'bản cũ');
  linkSync(report, copy);
  await writeOutputFile(report, Buffer.from('bản mới'), true);
  expect(readFileSync(report, 'utf8')).toBe('bản mới');
  expect(readFileSync(copy, 'utf8')).toBe('bản cũ');
  await expect(writeOutputFile(report, Buffer.from('lần nữa'), false)).rejects.toMatchObject({ code: 'EEXIST' });
});
