import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { fail, openForCli, parseFlags } from '../../cli/bootstrap';
import {
  AREAS, BRANDS, BUILDINGS, BULK_CODE_BASE, BULK_CODE_HIGH, BULK_CODE_LOW, BULK_ROOT_LOCATION, FAMILIES, LEVELS,
  MODELS_PER_FAMILY, QUALIFIERS, SPACES_PER_LEVEL, SYLLABLES, sqlTextArray,
} from './bulk-data';

// npm run seed:bulk -- --assets 1000000 [--reset] [--batch 50000]
// A large deterministic catalogue for benchmarks, generated inside PostgreSQL
// (generate_series), all in one transaction: interrupted, it leaves nothing behind.

const USAGE = 'Usage: npm run seed:bulk -- --assets N [--reset] [--batch 50000]\n';

async function run(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.has('help')) {
    process.stdout.write(USAGE);
    return;
  }
  const total = Number(flags.get('assets') ?? '100000');
  const batch = Number(flags.get('batch') ?? '50000');
  if (!Number.isInteger(total) || total < 1 || total > 50_000_000) fail(`--assets must be a whole number from 1 to 50000000.\n${USAGE}`);
  if (!Number.isInteger(batch) || batch < 100) fail(`--batch must be a whole number >= 100.\n${USAGE}`);

  const rt = await openForCli();
  const client = new Client({ connectionString: rt.db.url, application_name: 'energy-cmms-seed-bulk' });
  await client.connect();
  const started = Date.now();
  try {
    await client.query("set statement_timeout = 0; set lock_timeout = '30s'; set synchronous_commit = off; set maintenance_work_mem = '512MB'");
    await client.query('begin');
    await client.query('lock table activos_activo in share row exclusive mode');
    if (flags.has('reset')) {
      const del = await client.query('delete from activos_activo where internal_code between $1 and $2', [BULK_CODE_LOW, BULK_CODE_HIGH]);
      process.stdout.write(`Removed ${del.rowCount} generated assets.\n`);
    }
    await referenceData(client);
    const [{ n }] = (await client.query('select count(*)::int as n from activos_activo where internal_code between $1 and $2', [BULK_CODE_LOW, BULK_CODE_HIGH])).rows;
    const from = Number(n) + 1;
    if (from > total) {
      await client.query('commit');
      process.stdout.write(`Already ${n} generated assets (wanted ${total}); nothing to do. --reset regenerates.\n`);
      return;
    }
    const toInsert = total - from + 1;
    // Building the secondary indexes once at the end is much faster than keeping them up
    // to date row by row; their exact definitions are read back from the catalogue.
    const rebuild = toInsert >= 100_000 ? await dropSecondaryIndexes(client) : [];

    const bar = new SingleBar({ format: 'assets {bar} {percentage}% | {value}/{total} | {eta_formatted} left', etaBuffer: 5, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic);
    bar.start(toInsert, 0);
    for (let lo = from; lo <= total; lo += batch) {
      const hi = Math.min(total, lo + batch - 1);
      await client.query(INSERT_ASSETS, [lo, hi, BULK_CODE_BASE]);
      bar.update(hi - from + 1);
    }
    bar.stop();
    if (rebuild.length) {
      const ibar = new SingleBar({ format: 'indexes {bar} {value}/{total} | {name}' }, Presets.shades_classic);
      ibar.start(rebuild.length, 0, { name: '' });
      for (const [i, def] of rebuild.entries()) {
        ibar.update(i, { name: def.name });
        await client.query(def.sql);
      }
      ibar.update(rebuild.length, { name: 'done' });
      ibar.stop();
    }
    await client.query('commit');
    // Vacuum sets the visibility map now, not in an autovacuum run under later load.
    process.stdout.write('Vacuuming and analyzing...\n');
    await client.query('vacuum analyze activos_activo');
    await client.query('analyze activos_modelo');
    await client.query('analyze activos_ubicacion');
    process.stdout.write(`Generated ${toInsert} assets (now ${total}) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
    await rt.close();
  }
}

/** Brands, one category per family, models, and a campus of 1,000 spaces; all idempotent. */
async function referenceData(client: Client): Promise<void> {
  await client.query(`insert into activos_marca (name) select unnest(${sqlTextArray(BRANDS)}) on conflict (name) do nothing`);
  for (const [, category, icon] of FAMILIES) {
    await client.query('insert into activos_categoria (name, icon) values ($1, $2) on conflict (name) do nothing', [category, icon]);
  }
  await client.query(`
    create temp table bulk_model on commit drop as
    with fam as (
      select f.idx - 1 as f, f.category, f.code
      from unnest(${sqlTextArray(FAMILIES.map((f) => f[1]))}, ${sqlTextArray(FAMILIES.map((f) => f[3]))}) with ordinality as f(category, code, idx)
    ),
    brands as (select b.name, b.idx - 1 as i from unnest(${sqlTextArray(BRANDS)}) with ordinality as b(name, idx))
    select fam.f * ${MODELS_PER_FAMILY} + k as idx, fam.code || '-' || lpad(k::text, 3, '0') as name,
      (select id from activos_marca where name = (select name from brands where i = (fam.f * 7 + k) % ${BRANDS.length})) as brand_id,
      (select id from activos_categoria where name = fam.category) as category_id
    from fam, generate_series(0, ${MODELS_PER_FAMILY - 1}) k`);
  await client.query(`
    insert into activos_modelo (name, brand_id, category_id, description)
    select name, brand_id, category_id, 'Generated benchmark model' from bulk_model
    on conflict (brand_id, name) do nothing`);
  await client.query(`
    alter table bulk_model add column id int;
    update bulk_model b set id = m.id from activos_modelo m where m.brand_id = b.brand_id and m.name = b.name;
    create unique index on bulk_model (idx);`);

  await client.query(
    `insert into activos_ubicacion (name, type) values ($1, 'OTHER') on conflict (coalesce(parent_id, 0), name) do nothing`,
    [BULK_ROOT_LOCATION],
  );
  await client.query(`
    with root as (select id from activos_ubicacion where parent_id is null and name = $1)
    insert into activos_ubicacion (name, parent_id, type, sort_order)
    select 'Block ' || lpad(b::text, 2, '0'), root.id, 'BUILDING', b from root, generate_series(1, ${BUILDINGS}) b
    on conflict (coalesce(parent_id, 0), name) do nothing`, [BULK_ROOT_LOCATION]);
  await client.query(`
    with blocks as (
      select u.id from activos_ubicacion u join activos_ubicacion r on r.id = u.parent_id and r.parent_id is null and r.name = $1
    )
    insert into activos_ubicacion (name, parent_id, type, sort_order)
    select 'Level ' || l, blocks.id, 'LEVEL', l from blocks, generate_series(1, ${LEVELS}) l
    on conflict (coalesce(parent_id, 0), name) do nothing`, [BULK_ROOT_LOCATION]);
  await client.query(`
    with levels as (
      select lv.id, lv.sort_order as level from activos_ubicacion lv
      join activos_ubicacion b on b.id = lv.parent_id
      join activos_ubicacion r on r.id = b.parent_id and r.parent_id is null and r.name = $1
    )
    insert into activos_ubicacion (name, parent_id, type, sort_order)
    select 'Room ' || levels.level || lpad(s::text, 2, '0'), levels.id, 'SPACE', s from levels, generate_series(1, ${SPACES_PER_LEVEL}) s
    on conflict (coalesce(parent_id, 0), name) do nothing`, [BULK_ROOT_LOCATION]);
  await client.query(`
    create temp table bulk_space on commit drop as
    select (row_number() over (order by sp.id) - 1)::int as idx, sp.id,
      'B' || right(b.name, 2) || '-R' || replace(sp.name, 'Room ', '') as tag
    from activos_ubicacion sp
    join activos_ubicacion lv on lv.id = sp.parent_id
    join activos_ubicacion b on b.id = lv.parent_id
    join activos_ubicacion r on r.id = b.parent_id and r.parent_id is null and r.name = $1`, [BULK_ROOT_LOCATION]);
  await client.query('create unique index on bulk_space (idx)');
}

const SPACES = BUILDINGS * LEVELS * SPACES_PER_LEVEL;

// Row g: a space drawn from a multiplicative hash of g (independent of the family, so every room holds every
// family), whose plant tag starts the name ("B03-R214 Main pump PMP-00010", as plants label equipment), then
// qualifier (g / 10) % 16, family g % 10 and model (g / 10) % 50 of that family.
const INSERT_ASSETS = `
  insert into activos_activo (name, internal_code, serial_number, model_id, category_id, location_id, description,
    state, purchase_date, cost)
  select
    s.tag || ' ' || (${sqlTextArray(QUALIFIERS)})[1 + r.qi] || ' ' || lower(f.word) || ' ' || f.code || '-' || lpad((g % 100000)::text, 5, '0'),
    ($3::bigint + g)::text,
    'SN' || upper(to_hex((g * 2654435761) % 4294967296)),
    m.id, m.category_id, s.id,
    'Serves the ' || (${sqlTextArray(AREAS)})[1 + r.ai] || '. Tag ' ||
      r.syl[1 + r.w / 1024] || r.syl[1 + (r.w / 32) % 32] || r.syl[1 + r.w % 32] || '.',
    (case when r.st < 16 then 'OPERATIONAL' when r.st = 16 then 'MAINTENANCE' when r.st = 17 then 'REPAIR'
          when r.st = 18 then 'OUT_OF_SERVICE' else 'OBSOLETE' end)::asset_state,
    date '2010-01-01' + r.di,
    100 + ((g * 37) % 100000) / 100.0
  from generate_series($1::bigint, $2::bigint) g
  cross join lateral (
    select ((g * 2654435761) % 32768)::int as w, (g % 10)::int as fi, ((g / 10) % ${QUALIFIERS.length})::int as qi,
      ((g / 10) % ${MODELS_PER_FAMILY})::int as mi, ((((g * 2654435761) % 4294967296) / 65536) % ${SPACES})::int as si, ((g / 7) % ${AREAS.length})::int as ai,
      ((g * 13) % 5000)::int as di, (g % 20)::int as st, ${sqlTextArray(SYLLABLES)} as syl
  ) r
  join (select (f.idx - 1)::int as f, f.word, f.code
        from unnest(${sqlTextArray(FAMILIES.map((f) => f[0]))}, ${sqlTextArray(FAMILIES.map((f) => f[3]))}) with ordinality as f(word, code, idx)) f
    on f.f = r.fi
  join bulk_model m on m.idx = r.fi * ${MODELS_PER_FAMILY} + r.mi
  join bulk_space s on s.idx = r.si
  on conflict (internal_code) do nothing`;

/** Drops the non-unique indexes of activos_activo, returning the statements that recreate them. */
async function dropSecondaryIndexes(client: Client): Promise<Array<{ name: string; sql: string }>> {
  const { rows } = await client.query<{ name: string; sql: string }>(`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as sql
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'activos_activo'::regclass and not i.indisunique and not i.indisprimary
    order by c.relname`);
  for (const r of rows) await client.query(`drop index ${client.escapeIdentifier(r.name)}`);
  return rows;
}

run().catch((err) => fail(`seed:bulk failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
