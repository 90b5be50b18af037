/** Builds dist/ once before the tests: the vm tests and the sidebar tests run the built files, as Apps Script does. */
const { execFileSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
};
