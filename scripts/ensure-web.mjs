// Builds the web app (npm run build:web) when dist/web is missing or older than any file
// under web/; otherwise returns at once, so `npm start` stays fast.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'dist', 'web', 'app', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

let built = 0;
try {
  built = statSync(marker).mtimeMs;
} catch {
  // not built yet
}
if (built < newest(join(root, 'web'))) {
  process.stdout.write(built ? 'web app sources changed: rebuilding dist/web\n' : 'dist/web is missing: building the web app\n');
  const run = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
