// Benchmark of the offline path: 30 divisions × 50 rows per section, as 30 separate .xlsx files,
// consolidated into the summary .docx by the built command line (dist-cli/cli.js), and checked, each also
// as a cold command (a new Node process, as a person runs it). Median of 3 runs.
//   import { benchOffline } from './bench/offline.mjs'; const rows = await benchOffline();
//   node scripts/bench/offline.mjs        -> prints the rows
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from '../build-cli.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIVISIONS = 30;
const ROWS_PER_SECTION = 50;
const RUNS = 3;

const silent = { out() {}, err() {} };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchOffline() {
  const bundle = path.join(ROOT, 'dist-cli', 'cli.js');
  if (!existsSync(bundle)) await buildCli();
  const cli = createRequire(import.meta.url)(bundle);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bao-cao-bench-'));
  try {
    const base = cli.defaultSettings();
    const samples = base.divisions;
    const settings = {
      ...base,
      divisions: Array.from({ length: DIVISIONS }, (_, i) => ({ name: `Phòng thử nghiệm số ${i + 1}`, tabName: `PTN ${i + 1}`, emails: [] })),
    };
    const settingsFile = path.join(dir, 'cau-hinh.json');
    await fs.writeFile(settingsFile, JSON.stringify(settings, null, 2));
    const inputs = path.join(dir, 'nhan-ve');
    await fs.mkdir(inputs);
    const form = cli.resolveForm(settings);
    let written = Date.now();
    for (const [i, division] of settings.divisions.entries()) {
      const workbook = cli.formWorkbook(settings, form, {
        divisions: [division],
        settingsSheet: false,
        sample: () => cli.sampleFor(samples[i % samples.length]),
        rowsPerSection: ROWS_PER_SECTION,
      });
      await workbook.xlsx.writeFile(path.join(inputs, `bao-cao-ptn-${String(i + 1).padStart(2, '0')}.xlsx`));
    }
    written = Date.now() - written;
    const times = [];
    let outcome = null;
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      outcome = await cli.consolidateCommand([inputs], { settingsFile, out: path.join(dir, `bao-cao-${run}.docx`), force: true, now: new Date() }, silent);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (outcome.exitCode !== 0) throw new Error(`consolidation failed with exit code ${outcome.exitCode}`);
    }
    // Where the time goes, stage by stage (one more run).
    const t0 = performance.now();
    const loaded = await cli.loadInputs([inputs], { settingsFile });
    const t1 = performance.now();
    const reports = cli.divisionReports(loaded, new Date().toISOString().slice(0, 10));
    const t2 = performance.now();
    const doc = cli.buildSummary(reports, loaded.settings, loaded.form, { now: '2024-06-27T16:05' });
    const t3 = performance.now();
    await cli.renderDocx(doc);
    const t4 = performance.now();
    // What a person waits for: the command line started afresh (Node, libraries, then the work).
    const bin = path.join(ROOT, 'bin', 'bao-cao-ktxh.js');
    // Each cold: median of 3 runs, consolidation and check of the same folder taking turns.
    const coldConsolidate = [];
    const coldCheck = [];
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      execFileSync(process.execPath, [bin, 'tong-hop', inputs, '--settings', settingsFile, '-o', path.join(dir, `bao-cao-cli-${run}.docx`)], { stdio: 'ignore' });
      coldConsolidate.push(performance.now() - started);
      started = performance.now();
      // The check exits 1 when a division still has errors: that is its answer, not a failure of the run.
      const check = spawnSync(process.execPath, [bin, 'kiem-tra', inputs, '--settings', settingsFile], { stdio: 'ignore' });
      coldCheck.push(performance.now() - started);
      if (check.status !== 0 && check.status !== 1) throw new Error(`kiem-tra failed with exit code ${check.status}`);
    }
    const cold = median(coldConsolidate);
    const checkCold = median(coldCheck);
    const ratio = cold / checkCold;
    const items = outcome.reports.reduce((n, r) => n + (r.check ? Object.values(r.check.items).reduce((m, list) => m + list.length, 0) : 0), 0);
    const size = (await fs.stat(outcome.written)).size;
    const ms = (x) => `${Math.round(x)} ms`;
    return [
      { name: `Tổng hợp ngoại tuyến, ${DIVISIONS} tệp × ${ROWS_PER_SECTION} dòng mỗi mục → .docx (trung vị ${RUNS} lần, trong một tiến trình)`, value: ms(median(times)) },
      { name: 'Tổng hợp ngoại tuyến: lần nhanh nhất / chậm nhất', value: `${ms(Math.min(...times))} / ${ms(Math.max(...times))}` },
      { name: 'Trong đó: đọc tệp / kiểm tra / lập nội dung / ghi .docx', value: [t1 - t0, t2 - t1, t3 - t2, t4 - t3].map(ms).join(' / ') },
      { name: `Lệnh «bao-cao-ktxh tong-hop» chạy từ đầu (gồm khởi động Node, nạp thư viện), trung vị ${RUNS} lần`, value: `${ms(cold)} ${cold < 2000 ? '(dưới 2 s: đạt)' : '(CHƯA ĐẠT: mục tiêu dưới 2 s)'}` },
      { name: `Lệnh «bao-cao-ktxh kiem-tra» cùng thư mục, chạy từ đầu, trung vị ${RUNS} lần`, value: ms(checkCold) },
      { name: 'Tổng hợp / kiểm tra, chạy từ đầu (mục tiêu ≤ 1,5)', value: `${ratio.toFixed(2)} ${ratio <= 1.5 ? '(đạt)' : '(CHƯA ĐẠT)'}` },
      { name: 'Số dòng đã đọc và kiểm tra; dung lượng .docx', value: `${items} dòng; ${Math.round(size / 1024)} KiB` },
      { name: `Ghi ${DIVISIONS} tệp đầu vào (exceljs, chuẩn bị phép đo)`, value: ms(written) },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchOffline().then(
    (rows) => {
      const width = Math.max(...rows.map((r) => r.name.length));
      for (const r of rows) console.log(`${r.name.padEnd(width)}  ${r.value}`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
