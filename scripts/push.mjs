// npm run push:dev / push:prod: builds, then pushes dist/ to the test Sheet's or the Office's Apps Script
// project (.clasp-dev.json / .clasp-prod.json, as google/aside does), so nobody pushes to the real Sheet by accident.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2];
if (target !== 'dev' && target !== 'prod') {
  console.error('Dùng: npm run push:dev (Sheet thử nghiệm) hoặc npm run push:prod (Sheet của Văn phòng Sở).');
  process.exit(2);
}
const file = path.join(root, `.clasp-${target}.json`);
const { scriptId } = JSON.parse(readFileSync(file, 'utf8'));
if (!scriptId || scriptId.startsWith('REPLACE_WITH')) {
  console.error(`Chưa có Mã tập lệnh (Script ID) trong ${path.basename(file)}: mở tệp, thay «${scriptId}» bằng Mã tập lệnh của dự án Apps Script (Cài đặt dự án → Mã tập lệnh) rồi chạy lại.`);
  process.exit(2);
}
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
copyFileSync(file, path.join(root, '.clasp.json'));
console.log(`Đẩy lên ${target === 'prod' ? 'Sheet của Văn phòng Sở' : 'Sheet thử nghiệm'} (${scriptId})…`);
execFileSync(process.execPath, [path.join(root, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js'), 'push', '--force'], { stdio: 'inherit', cwd: root });
