import type { Prepared } from './bodies';

// The measuring loop the bench scripts share: every workload on every target, round after
// round, the targets' order rotating between rounds so that none always runs first on a
// machine that is warming up or cooling down.

export interface Tagged<T extends string> {
  round: number;
  workload: string;
  target: T;
}

export async function measureInRounds<T extends string, S extends object>(
  targets: readonly T[],
  prepared: Prepared[],
  rounds: number,
  measure: (target: T, p: Prepared, round: number) => Promise<S>,
): Promise<Array<S & Tagged<T>>> {
  const samples: Array<S & Tagged<T>> = [];
  for (let round = 1; round <= rounds; round++) {
    for (const p of prepared) {
      for (let i = 0; i < targets.length; i++) {
        const target = targets[(i + round - 1) % targets.length]!;
        samples.push({ ...(await measure(target, p, round)), round, workload: p.workload.id, target });
      }
    }
  }
  return samples;
}

/** One workload's figures on one target, in round order. */
export function figuresOf<T extends string, S extends Tagged<T>>(samples: S[], workload: string, target: T, pick: (s: S) => number | null): Array<number | null> {
  return samples.filter((s) => s.workload === workload && s.target === target).map(pick);
}
