import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Builds dist/web (npm run build:web) when it is missing or older than web/; a no-op otherwise. */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'ensure-web.mjs')], { stdio: 'pipe', timeout: 180_000 });
}
