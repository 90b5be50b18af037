/** File paths as the user sees them in messages, and the rule that no output ever replaces an input. */
import * as fs from 'fs';
import * as path from 'path';

/** Relative to the working directory when the file is under it, else absolute. */
export function displayPath(file: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** The real path of a file, or of its folder joined with its name when the file is not there yet. */
function realOrResolved(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Device and inode: the same file under every name, hard link or symbolic link. */
function identity(file: string): string | null {
  try {
    const s = fs.statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** True when writing `target` would change `input`: the same name once links are followed, or the same file (device, inode). */
export function isSameFile(target: string, input: string): boolean {
  if (realOrResolved(target) === realOrResolved(input)) return true;
  const id = identity(target);
  return id !== null && id === identity(input);
}

/** Why an output may not be written to `target`, in Vietnamese; null when it may. Inputs are refused even with --force. */
export function outputProblem(target: string, inputs: string[], force: boolean): string | null {
  const input = inputs.find((i) => isSameFile(target, i));
  if (input !== undefined) {
    const same = path.resolve(input) === path.resolve(target) ? 'đó là tệp đầu vào' : `đó là tệp đầu vào «${displayPath(input)}» (cùng một tệp dưới tên khác: liên kết hoặc lối tắt)`;
    return `Không ghi vào «${displayPath(target)}» vì ${same}. Chọn tên tệp khác với -o.`;
  }
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) return `«${displayPath(target)}» là một thư mục. Cho tên tệp với -o, ví dụ -o ${path.join(displayPath(target), 'bao-cao.docx')}.`;
    if (!force) return `«${displayPath(target)}» đã có. Không ghi đè: thêm --force để ghi đè, hoặc chọn tên khác với -o.`;
  }
  return null;
}

/**
 * Writes an output. Without --force, never over an existing name (O_EXCL, which also refuses a symbolic link).
 * With --force, the bytes go to a new file that then takes the name: the old name is replaced, never written
 * through, so a file linked to it (hard or symbolic) keeps its content.
 */
export async function writeOutputFile(target: string, bytes: Uint8Array, force: boolean): Promise<void> {
  await fs.promises.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  if (!force) {
    await fs.promises.writeFile(target, bytes, { flag: 'wx' });
    return;
  }
  const temporary = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.promises.writeFile(temporary, bytes, { flag: 'wx' });
    await fs.promises.rename(temporary, target);
  } catch (e) {
    await fs.promises.rm(temporary, { force: true });
    throw e;
  }
}
