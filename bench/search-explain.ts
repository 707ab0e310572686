import 'reflect-metadata';
import { fail, openForCli, parseFlags } from '../src/cli/bootstrap';
import { rareWordOf } from '../src/db/seeders/bulk-data';
import { assetSearchSql, assetWhere, normalizeTerm } from '../src/modules/assets/asset-search.sql';

// npx ts-node --swc bench/search-explain.ts [--term pump]
// EXPLAIN ANALYZE of the very SQL searchAssets sends, on the database seed:bulk filled.

async function run(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const terms = flags.has('term') ? [flags.get('term')!] : ['pump', rareWordOf(123457), 'main pump', 'b03-r2', 'b03', 'b0', '5', 'sn1a2', '500000777'];
  const rt = await openForCli();
  try {
    const em = rt.orm.em.fork();
    const [{ n }] = await em.execute<Array<{ n: string }>>('select count(*) as n from activos_activo');
    process.stdout.write(`activos_activo: ${n} rows\n`);
    for (const q of terms) {
      const { sql, params } = assetSearchSql({ term: normalizeTerm(q) }, 50);
      const where = assetWhere({ term: normalizeTerm(q) });
      const [{ matches }] = await em.execute<Array<{ matches: string }>>(`select count(*) as matches from activos_activo a where ${where.sql}`, where.params);
      await em.execute(`explain (analyze, buffers) ${sql}`, params); // warm the cache once
      const plan = await em.execute<Array<{ 'QUERY PLAN': string }>>(`explain (analyze, buffers) ${sql}`, params);
      process.stdout.write(`\n=== q = "${q}" (${matches} matching rows, first 50 by name)\n`);
      process.stdout.write(`${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    }
  } finally {
    await rt.close();
  }
}

run().catch((err) => fail(`bench failed: ${err instanceof Error ? err.message : String(err)}`));
