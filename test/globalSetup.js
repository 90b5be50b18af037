/**
 * Before the tests: build dist/ once (the vm and sidebar tests run the built files, as Apps Script does),
 * and run in the script's time zone (appsscript.json), as Apps Script's V8 does for local dates.
 */
const { execFileSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
};
