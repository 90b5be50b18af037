#!/usr/bin/env node
// The command line of Báo cáo KT-XH: runs the bundle that scripts/build-cli.mjs writes (npm run build).
'use strict';
const path = require('path');

// A report of 30 divisions is a document of ~200 pages built in memory; with V8's default young
// generation a third of the run is garbage collection. A larger one cuts that (see BENCHMARKS.md).
require('v8').setFlagsFromString('--max-semi-space-size=64');

const bundle = path.join(__dirname, '..', 'dist-cli', 'cli.js');
let cli;
try {
  cli = require(bundle);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(bundle)) {
    process.stderr.write('Chưa dựng công cụ dòng lệnh (thiếu dist-cli/cli.js). Chạy «npm run build» (hoặc «npm start») trong thư mục dự án rồi thử lại.\n');
    process.exit(2);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `Lỗi không lường trước: lệnh dừng lại, không tệp đầu vào nào bị ghi đè. Chạy lại lệnh; nếu vẫn lỗi, gửi toàn bộ thông báo này cho người phụ trách kỹ thuật. Chi tiết kỹ thuật: ${error && error.stack ? error.stack : error}\n`,
    );
    process.exitCode = 3;
  },
);
