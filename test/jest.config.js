/** Tests of the built app as users and operators meet it: in Debian's Chromium, and through `pnpm cli`. */
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/browser', '<rootDir>/cli'],
  testMatch: ['**/*.browser-spec.ts', '**/*.cli-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }] },
  testTimeout: 120_000,
  setupFilesAfterEnv: ['<rootDir>/browser/support/setup.ts'],
};
