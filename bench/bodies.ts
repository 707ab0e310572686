import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { BenchOptions } from './options';
import { requestBodies, seeded, type Workload } from './workloads';

/** A workload with its request bodies (the same list every run) and the file wrk reads them from. */
export interface Prepared {
  workload: Workload;
  bodies: string[];
  file: string;
}

export async function prepareBodies(opts: BenchOptions, url: string, workloads: Workload[]): Promise<Prepared[]> {
  const dir = path.join(opts.dir, 'bodies', opts.database);
  mkdirSync(dir, { recursive: true });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const prepared: Prepared[] = [];
    for (const [i, w] of workloads.entries()) {
      const bodies = requestBodies(w, await w.variables(client, opts.size, seeded(7919 + i)));
      const file = path.join(dir, `${w.id}.jsonl`);
      writeFileSync(file, `${bodies.join('\n')}\n`);
      prepared.push({ workload: w, bodies, file });
    }
    return prepared;
  } finally {
    await client.end();
  }
}

