import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { SingleBar, Presets } from 'cli-progress';
import { BULK_CODE_BASE, BULK_CODE_HIGH, BULK_CODE_LOW, BULK_ROOT_LOCATION } from '../src/db/seeders/bulk-data';
import type { DataSize } from './options';

// The benchmark data set: the catalogue's own bulk seeder for assets (run through its CLI),
// then floor plans, viewers, pins, routines with steps and work orders generated here in
// SQL (generate_series). Deterministic: the same sizes always give the same rows.
// A row in bench.dataset marks a finished data set, so the next run reuses it.

/** Bump when the generated shape changes: a data set with another version is rebuilt. */
export const DATASET_VERSION = 3;

const ROOT = path.resolve(__dirname, '..');
const VIEWERS_PER_PLAN = 10;
const ROUTINES = 500;
export const BENCH_USERNAME = 'bench-staff';
/** Read-only permissions the workloads need: the caller is staff, not superuser. */
export const BENCH_PERMISSIONS = [
  'activos.view_activo', 'activos.view_visorplano', 'activos.view_pinplano', 'activos.view_plano', 'activos.view_ubicacion',
  'mantenimiento.view_ordentrabajo', 'mantenimiento.view_rutina',
];

export interface DatasetMark {
  version: number;
  size: DataSize;
}

export async function readMark(client: Client): Promise<DatasetMark | null> {
  const exists = await client.query("select to_regclass('bench.dataset') is not null as ok");
  if (!exists.rows[0].ok) return null;
  const { rows } = await client.query<{ version: number; size: DataSize }>("select version, size from bench.dataset where key = 'main'");
  return rows[0] ?? null;
}

export function sameSize(a: DataSize, b: DataSize): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

/** Assets through `npm run seed:bulk` (same code, same rows), pointed at the bench database. */
export async function seedAssets(databaseUrl: string, assets: number, log: (s: string) => void): Promise<void> {
  log(`Assets: npm run seed:bulk -- --assets ${assets}`);
  const tsNode = require.resolve('ts-node/dist/bin.js', { paths: [ROOT] });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [tsNode, '--swc', 'src/db/seeders/bulk.ts', '--assets', String(assets)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed:bulk exited with code ${code}`))));
  });
}

async function step(client: Client, label: string, sql: string, params: unknown[] = []): Promise<void> {
  const started = Date.now();
  process.stdout.write(`  ${label}... `);
  const res = await client.query(sql, params);
  process.stdout.write(`${res.rowCount ?? ''} rows, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Plans, viewers, pins, routines, steps, work orders and their assets; one transaction. */
export async function generateMaintenanceData(client: Client, size: DataSize): Promise<void> {
  const { assets, viewers, pinsPerViewer, workOrders, assetsPerOrder, stepsPerRoutine } = size;
  const plans = Math.ceil(viewers / VIEWERS_PER_PLAN);
  await client.query("set statement_timeout = 0; set synchronous_commit = off; set maintenance_work_mem = '512MB'");
  await client.query('begin');
  try {
    // Generated rows: no per-row triggers (audit history) or FK re-checks of rows built consistent.
    await client.query('set local session_replication_role = replica');
    await step(client, 'asset index (generated number -> id)', `
      create temp table bench_asset on commit drop as
      select (internal_code::bigint - $1::bigint)::int as g, id from activos_activo where internal_code between $2 and $3`,
      [BULK_CODE_BASE, BULK_CODE_LOW, BULK_CODE_HIGH]);
    await client.query('create unique index on bench_asset (g); analyze bench_asset');
    const { rows: [{ n }] } = await client.query<{ n: number }>('select count(*)::int as n from bench_asset');
    if (n < assets) throw new Error(`expected ${assets} generated assets, found ${n}`);
    await step(client, 'spaces', `
      create temp table bench_space on commit drop as
      select (row_number() over (order by sp.id) - 1)::int as idx, sp.id
      from activos_ubicacion sp join activos_ubicacion lv on lv.id = sp.parent_id
      join activos_ubicacion b on b.id = lv.parent_id
      join activos_ubicacion r on r.id = b.parent_id and r.parent_id is null and r.name = $1`, [BULK_ROOT_LOCATION]);
    const { rows: [{ spaces }] } = await client.query<{ spaces: number }>('select count(*)::int as spaces from bench_space');

    await step(client, `floor plans (${plans})`, `
      insert into activos_plano (name, location_id, width, height, plan_type, title)
      select 'Bench plan ' || lpad(i::text, 5, '0'), s.id, 4000, 3000, 'ARCHITECTURAL', 'Level plan ' || i
      from generate_series(1, $1::int) i join bench_space s on s.idx = (i * 7) % $2`, [plans, spaces]);
    await step(client, `viewers (${viewers})`, `
      insert into activos_visorplano (name, floor_plan_id, description)
      select 'Bench viewer ' || lpad(v::text, 6, '0'), p.id, 'Generated viewer'
      from generate_series(1, $1::int) v
      join activos_plano p on p.name = 'Bench plan ' || lpad((1 + (v - 1) / ${VIEWERS_PER_PLAN})::text, 5, '0')
      order by v`, [viewers]);
    // Inserted viewer by viewer: a viewer's pins sit on adjacent pages.
    await step(client, `pins (${viewers} x ${pinsPerViewer})`, `
      insert into activos_pinplano (viewer_id, asset_id, x, y, width, height, color, note)
      select vw.id, a.id, (k * 37 % 3900) + 0.5, (k * 53 % 2900) + 0.25, case when k % 10 = 0 then 40 else 0 end,
        case when k % 10 = 0 then 30 else 0 end, (array['#FF0000', '#00AA00', '#0055FF', '#FFAA00'])[1 + k % 4], ''
      from (select v.id, row_number() over (order by v.id)::int as v from activos_visorplano v
            where v.name like 'Bench viewer %') vw
      cross join generate_series(1, $1::int) k
      join bench_asset a on a.g = 1 + ((vw.v * 7919)::bigint + k * 104729::bigint) % $2
      order by vw.id, k
      on conflict do nothing`, [pinsPerViewer, assets]);

    await client.query(`insert into mantenimiento_frecuencia (name, interval_days) values ('Bench monthly', 30) on conflict (name) do nothing`);
    await step(client, `routines (${ROUTINES})`, `
      insert into mantenimiento_rutina (code, name, frequency_id, estimated_duration_minutes, technician_count, tools)
      select 'BENCH-R' || lpad(r::text, 4, '0'), 'Bench routine ' || r,
        (select id from mantenimiento_frecuencia where name = 'Bench monthly'), 30 + r % 90, 1 + r % 3, 'Multimeter, torque wrench'
      from generate_series(1, ${ROUTINES}) r`);
    await step(client, `routine steps (${stepsPerRoutine} each)`, `
      insert into mantenimiento_pasorutina (routine_id, sort_order, description, answer_type, unit)
      select r.id, s, 'Step ' || s || ' of ' || r.name,
        (array['INSTRUCTION', 'CHECK', 'NUMBER', 'TEXT', 'MEASUREMENT', 'CHECK'])[1 + (s - 1) % 6]::routine_step_answer_type,
        case when (s - 1) % 6 in (2, 4) then 'V' else '' end
      from mantenimiento_rutina r cross join generate_series(1, $1::int) s
      where r.code like 'BENCH-R%'`, [stepsPerRoutine]);
    await client.query(`
      create temp table bench_routine on commit drop as
      select (row_number() over (order by id) - 1)::int as idx, id from mantenimiento_rutina where code like 'BENCH-R%'`);
    await client.query('create unique index on bench_routine (idx)');

    // Orders: status i % 5, starts spread over two years in whole minutes, 3 distinct assets each.
    const { rows: [{ base }] } = await client.query<{ base: number }>('select coalesce(max(id), 0)::int as base from mantenimiento_ordentrabajo');
    const batch = 20_000;
    const bar = new SingleBar({ format: '  work orders {bar} {percentage}% | {value}/{total}', noTTYOutput: true, notTTYSchedule: 5_000 }, Presets.shades_classic);
    bar.start(workOrders, 0);
    for (let lo = 1; lo <= workOrders; lo += batch) {
      const hi = Math.min(workOrders, lo + batch - 1);
      await client.query(`
        insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, location_id, scheduled_start,
          scheduled_end, short_description, description, version)
        select $3::int + i, 'OT-' || lpad(($3::int + i)::text, 9, '0'), 'PREVENTIVE',
          (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + i % 4]::work_order_priority,
          (array['PENDING', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'])[1 + i % 5]::work_order_status,
          r.id, s.id, ts, ts + interval '2 hours', 'Preventive maintenance #' || i, 'Generated order', 1
        from generate_series($1::int, $2::int) i
        cross join lateral (select timestamptz '2025-01-01 00:00:00+00' + ((i::bigint * 7919) % (730 * 24 * 60)) * interval '1 minute' as ts) t
        join bench_routine r on r.idx = i % ${ROUTINES}
        join bench_space s on s.idx = (i * 13) % $4`, [lo, hi, base, spaces]);
      await client.query(`
        insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id)
        select $3::int + i, a.id from generate_series($1::int, $2::int) i cross join generate_series(0, $5::int - 1) j
        join bench_asset a on a.g = 1 + (i::bigint * 7 + j * 333331::bigint) % $4
        on conflict do nothing`, [lo, hi, base, assets, assetsPerOrder]);
      bar.update(hi);
    }
    bar.stop();
    await client.query(`select setval(pg_get_serial_sequence('mantenimiento_ordentrabajo', 'id'), (select max(id) from mantenimiento_ordentrabajo))`);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
  process.stdout.write('  analyze...\n');
  await client.query('vacuum analyze activos_pinplano, activos_visorplano, mantenimiento_ordentrabajo, mantenimiento_ordentrabajo_activos, mantenimiento_pasorutina, mantenimiento_rutina');
}

export async function writeMark(client: Client, size: DataSize): Promise<void> {
  await client.query(`
    create schema if not exists bench;
    create table if not exists bench.dataset (key text primary key, version int not null, size jsonb not null, created_at timestamptz not null default now())`);
  await client.query(
    `insert into bench.dataset (key, version, size) values ('main', $1, $2)
     on conflict (key) do update set version = excluded.version, size = excluded.size, created_at = now()`,
    [DATASET_VERSION, JSON.stringify(size)],
  );
}
