/** File paths as the user sees them in messages, and the rule that no output ever replaces an input. */
import * as fs from 'fs';
import * as path from 'path';

/** Relative to the working directory when the file is under it, else absolute. */
export function displayPath(file: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function realOrResolved(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Why an output may not be written to `target`, in Vietnamese; null when it may. */
export function outputProblem(target: string, inputs: string[], force: boolean): string | null {
  const real = realOrResolved(target);
  if (inputs.some((input) => realOrResolved(input) === real)) {
    return `Không ghi vào «${displayPath(target)}» vì đó là tệp đầu vào. Chọn tên tệp khác với -o.`;
  }
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) return `«${displayPath(target)}» là một thư mục. Cho tên tệp với -o, ví dụ -o ${path.join(displayPath(target), 'bao-cao.docx')}.`;
    if (!force) return `«${displayPath(target)}» đã có. Không ghi đè: thêm --force để ghi đè, hoặc chọn tên khác với -o.`;
  }
  return null;
}
