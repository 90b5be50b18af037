/**
 * "demo" (what `npm start` runs): the blank form, the filled sample workbook and the summary .docx built from it,
 * under out/, with the completeness table in the terminal. Replaces only the files it writes itself.
 */
import * as path from 'path';
import { consolidateCommand } from './consolidate';
import { settingsOrDefaults, writeFormFile } from './formCommand';
import type { Io } from './io';
import { displayPath } from './paths';

export const DEMO_FILES = {
  form: 'bieu-mau.xlsx',
  sample: 'mau-da-nhap.xlsx',
  report: 'bao-cao-tong-hop-mau.docx',
} as const;

export interface DemoOptions {
  outDir: string;
  settingsFile?: string;
  now: Date;
}

export async function demoCommand(options: DemoOptions, io: Io): Promise<number> {
  const settings = await settingsOrDefaults(options.settingsFile, io);
  if (!settings) return 1;
  const form = path.join(options.outDir, DEMO_FILES.form);
  const sample = path.join(options.outDir, DEMO_FILES.sample);
  const report = path.join(options.outDir, DEMO_FILES.report);
  io.out('Chạy thử trên số liệu mẫu (không cần mạng, không cần tài khoản Google).');
  await writeFormFile(settings, form, false);
  await writeFormFile(settings, sample, true);
  const outcome = await consolidateCommand([sample], { settingsFile: options.settingsFile, out: report, force: true, now: options.now }, io);
  if (outcome.exitCode !== 0) return outcome.exitCode;
  io.out('');
  io.out('Các tệp đã ghi:');
  io.out(`  Biểu mẫu trống:            ${displayPath(form)}`);
  io.out(`  Bảng tính mẫu đã nhập:     ${displayPath(sample)}`);
  io.out(`  Báo cáo tổng hợp (.docx):  ${displayPath(report)}`);
  io.out('');
  io.out(`Tiếp theo: gửi ${displayPath(form)} cho các phòng, đơn vị; nhận lại các tệp vào một thư mục, rồi chạy «bao-cao-ktxh kiem-tra <thư mục>» và «bao-cao-ktxh tong-hop <thư mục>».`);
  return 0;
}
