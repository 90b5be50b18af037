/** Jest: TypeScript through SWC; one config for core, vm, CLI and Chromium tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/globalSetup.js',
};
