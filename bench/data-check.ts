import { normalized, post, type Auth } from './client';
import type { Prepared } from './bodies';
import type { Running } from './processes';

const out = (s: string) => process.stdout.write(s);
const CHECKED_INPUTS = 8;

/** `server` (ours, or the stack floor) and the limit must give the same data for the same inputs, without errors; a mismatch fails the run. */
export async function checkSameData(prepared: Prepared[], server: Running, limit: Running, auth: Auth, pinsPerViewer: number): Promise<void> {
  out(server.name === 'server' ? 'Data check: ' : `Data check (${server.name}): `);
  for (const { workload: w, bodies } of prepared) {
    for (const body of [...new Set(bodies)].slice(0, CHECKED_INPUTS)) {
      const ours = await post(`http://127.0.0.1:${server.port}/graphql`, body, auth);
      const theirs = await post(`http://127.0.0.1:${limit.port}/graphql`, body);
      const problem =
        ours.status !== 200 || (ours.json as { errors?: unknown }).errors
          ? `${server.name} answered ${ours.status} ${JSON.stringify(ours.json).slice(0, 400)}`
          : theirs.status !== 200
            ? `the limit answered ${theirs.status} ${JSON.stringify(theirs.json).slice(0, 400)}`
            : normalized(ours.json) !== normalized(theirs.json)
              ? `answers differ\n  ${server.name}: ${normalized(ours.json).slice(0, 600)}\n  limit: ${normalized(theirs.json).slice(0, 600)}`
              : null;
      if (problem) throw new Error(`data check failed for ${w.id} with ${body}: ${problem}`);
      const data = (ours.json as { data: Record<string, unknown> }).data;
      if (w.id === 'W3' && (data.viewer as { pins: unknown[] }).pins.length !== pinsPerViewer) {
        throw new Error(`data check failed for W3: expected ${pinsPerViewer} pins in ${body}`);
      }
      if ((w.id === 'W1' || w.id === 'W2') && !(data.searchAssets as unknown[]).length) {
        throw new Error(`data check failed for ${w.id}: no results for ${body}`);
      }
    }
    out(`${w.id} ok  `);
  }
  out('\n');
}

