/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // The client's tests drive the real server, so they run in this suite, from the client's folder.
  roots: ['<rootDir>/test', '<rootDir>/../client/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.json', isolatedModules: true }] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // The client's sources import './pages.js' (as ESM needs); in the workspace that file is pages.ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60_000,
  maxWorkers: 2,
};
