/**
 * The command line: bieu-mau (form), kiem-tra (check), tong-hop (consolidate) and demo.
 * `main` returns the exit code; bin/bao-cao-ktxh.js sets it. The exports are also the benchmark's API.
 */
import { parseArgs } from 'util';
import { checkCommand } from './checkCommand';
import { consolidateCommand } from './consolidate';
import { demoCommand } from './demo';
import { formCommand } from './formCommand';
import { nextPeriodCommand } from './kyMoi';
import { COMMAND_HELP, GENERAL_HELP, PROGRAM } from './help';
import { Io, terminal } from './io';
import { nameKey } from './names';
import { isoOfLocalDate } from '../core/dates';

// The benchmark (scripts/bench/offline.mjs) drives the built bundle through these.
export { consolidateCommand } from './consolidate';
export { divisionReports, loadInputs } from './loadInputs';
export { formWorkbook } from './writeForm';
export { renderDocx } from '../render/renderDocx';
export { buildSummary } from '../core/summary/build';
export { defaultSettings } from '../core/settings';
export { resolveForm } from '../core/form';
export { sampleFor } from '../core/sampleData';

type Command = 'bieu-mau' | 'kiem-tra' | 'tong-hop' | 'ky-moi' | 'demo';

const COMMANDS: Record<string, Command> = {
  'bieu-mau': 'bieu-mau',
  form: 'bieu-mau',
  'kiem-tra': 'kiem-tra',
  check: 'kiem-tra',
  'tong-hop': 'tong-hop',
  consolidate: 'tong-hop',
  'ky-moi': 'ky-moi',
  'next-period': 'ky-moi',
  demo: 'demo',
};

const OPTIONS = {
  settings: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  pdf: { type: 'boolean' },
  'ky-truoc': { type: 'string' },
  'so-voi': { type: 'string' },
  mau: { type: 'boolean' },
  sample: { type: 'boolean' },
  tach: { type: 'boolean' },
  split: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(message: string, io: Io): number {
  io.err(`${message}\nXem hướng dẫn: ${PROGRAM} --help`);
  return 2;
}

export interface MainOptions {
  io?: Io;
  now?: Date;
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const io = options.io ?? terminal;
  const now = options.now ?? new Date();
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const option = /'([^']+)'/.exec(text);
    if ((e as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usageError(`Tùy chọn ${option ? option[1].split(' ')[0] : ''} cần một giá trị (tên tệp).`, io);
    return usageError(`Tùy chọn không hợp lệ${option ? `: ${option[1]}` : ''}.`, io);
  }
  const { values, positionals } = parsed;
  const [name, ...inputs] = positionals;
  if (!name) {
    io.out(GENERAL_HELP);
    return values.help ? 0 : 2;
  }
  const key = nameKey(name).replace(/\s+/g, '-');
  if (key === 'help' || key === 'tro-giup') {
    io.out(inputs[0] && COMMANDS[nameKey(inputs[0])] ? COMMAND_HELP[COMMANDS[nameKey(inputs[0])]] : GENERAL_HELP);
    return 0;
  }
  const command = COMMANDS[key];
  if (!command) return usageError(`Không có lệnh «${name}». Các lệnh: bieu-mau, kiem-tra, tong-hop, ky-moi, demo.`, io);
  if (values.help) {
    io.out(COMMAND_HELP[command]);
    return 0;
  }
  const sample = Boolean(values.mau || values.sample);
  switch (command) {
    case 'bieu-mau':
      if (inputs.length) return usageError(`Lệnh bieu-mau không nhận tệp đầu vào («${inputs[0]}»); cấu hình cho bằng --settings, tệp ghi ra cho bằng -o.`, io);
      return formCommand({ settingsFile: values.settings, out: values.out, force: values.force, sample, split: Boolean(values.tach || values.split) }, io);
    case 'kiem-tra':
      if (!inputs.length) return usageError('Cần ít nhất một tệp .xlsx hoặc một thư mục để kiểm tra.', io);
      return checkCommand(inputs, { settingsFile: values.settings, today: isoOfLocalDate(now) }, io);
    case 'tong-hop':
      if (!inputs.length) return usageError('Cần ít nhất một tệp .xlsx hoặc một thư mục để tổng hợp.', io);
      return (await consolidateCommand(inputs, { settingsFile: values.settings, out: values.out, force: values.force, pdf: values.pdf, previousPeriod: values['ky-truoc'], compareWith: values['so-voi'], now }, io))
        .exitCode;
    case 'ky-moi':
      if (!inputs.length) return usageError('Cần các tệp .xlsx (hoặc thư mục) của kỳ đang kết thúc để chuẩn bị biểu mẫu kỳ mới.', io);
      return (await nextPeriodCommand(inputs, { settingsFile: values.settings, out: values.out, force: values.force, now }, io)).exitCode;
    case 'demo':
      return demoCommand({ outDir: values.out ?? 'out', settingsFile: values.settings, now }, io);
  }
}
