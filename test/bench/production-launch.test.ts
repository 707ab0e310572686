import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { productionLaunch } from '../../bench/processes';

// `npm run start:prod` carries the server's node flags; the bench starts the server with the
// same ones. A flag this node does not know would stop the server at start.

describe('npm run start:prod', () => {
  const script = (JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts['start:prod'];

  it('is read by the bench as its environment and node flags', () => {
    const launch = productionLaunch();
    expect(script).toBe(['node', ...launch.flags, 'dist/src/main.js'].join(' '));
    expect(launch.flags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-semi-space-size=\d+$/)]));
  });

  it('gives node flags that this node accepts', () => {
    const { flags } = productionLaunch();
    const run = spawnSync(process.execPath, [...flags, '-p', "require('v8').getHeapSpaceStatistics().length > 0"], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr, stdout: run.stdout.trim() }).toEqual({ status: 0, stderr: '', stdout: 'true' });
  });
});
