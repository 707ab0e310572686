/** @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"module": "commonjs", "moduleResolution": "node10"}} */
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // @swc/jest reads .swcrc (decorators, decorator metadata) from the working directory.
  transform: { '^.+\\.ts$': '@swc/jest' },
  // A PostgreSQL server for the run (embedded unless DATABASE_URL is set) and the template database.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
  // Sized for 2-core machines; each worker creates its own databases on the shared server.
  maxWorkers: 2,
};

export default config;
