import { existsSync } from 'node:fs';
import path from 'node:path';

/** Loads `.env` from the working directory when present (variables already set win). */
export function loadEnvFile(): void {
  const file = path.resolve('.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
