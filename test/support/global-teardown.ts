import { rm } from 'node:fs/promises';
import { TEST_SERVER_KEY, type TestServerState } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as Record<symbol, unknown>;
  const state = holder[TEST_SERVER_KEY] as TestServerState | undefined;
  if (!state) return; // DATABASE_URL was used: nothing of ours to stop.
  delete holder[TEST_SERVER_KEY];
  try {
    await state.server.stop();
  } finally {
    await rm(state.tempDir, { recursive: true, force: true });
  }
}
