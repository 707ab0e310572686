import type { TestApp } from './app';

// Floor plans, viewers, pins and the catalogue rows they point at, inserted directly.

let seq = 0;
const next = () => ++seq;

export interface CatalogueBasics {
  categoryId: number;
  modelId: number;
  locationId: number;
}

export async function buildCatalogueBasics(t: TestApp, icon = 'pump'): Promise<CatalogueBasics> {
  const n = next();
  const [c] = await t.sql<{ id: number }>('insert into activos_categoria (name, icon) values ($1, $2) returning id', [`FP category ${n}`, icon]);
  const [b] = await t.sql<{ id: number }>('insert into activos_marca (name) values ($1) returning id', [`FP brand ${n}`]);
  const [m] = await t.sql<{ id: number }>('insert into activos_modelo (name, brand_id, category_id) values ($1, $2, $3) returning id', [
    `FP model ${n}`,
    b!.id,
    c!.id,
  ]);
  const [l] = await t.sql<{ id: number }>('insert into activos_ubicacion (name) values ($1) returning id', [`FP location ${n}`]);
  return { categoryId: c!.id, modelId: m!.id, locationId: l!.id };
}

/** Inserts an asset (with a given id when asked; sequences are moved past it). */
export async function buildPinAsset(t: TestApp, basics: CatalogueBasics, spec: { id?: number; name?: string; state?: string } = {}): Promise<number> {
  const n = next();
  const [row] = await t.sql<{ id: number }>(
    `insert into activos_activo (id, name, internal_code, model_id, category_id, location_id, state)
     values (coalesce($1::int, nextval('activos_activo_id_seq')), $2, $3, $4, $5, $6, $7) returning id`,
    [spec.id ?? null, spec.name ?? `Pinned asset ${n}`, String(900000 + n), basics.modelId, basics.categoryId, basics.locationId, spec.state ?? 'OPERATIONAL'],
  );
  if (spec.id) await fixSequence(t, 'activos_activo');
  return row!.id;
}

/** `n` assets in one statement; returns their ids. */
export async function buildManyAssets(t: TestApp, basics: CatalogueBasics, n: number): Promise<number[]> {
  const base = next() * 100000;
  const rows = await t.sql<{ id: number }>(
    `insert into activos_activo (name, internal_code, model_id, category_id, location_id)
     select 'Bulk asset ' || g, ($1::int + g)::text, $2, $3, $4 from generate_series(1, $5::int) g returning id`,
    [2000000 + base, basics.modelId, basics.categoryId, basics.locationId, n],
  );
  return rows.map((r) => r.id);
}

export async function buildPlan(
  t: TestApp,
  spec: { id?: number; name?: string; width?: number | null; height?: number | null; locationId?: number | null } = {},
): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    `insert into activos_plano (id, name, width, height, location_id)
     values (coalesce($1::int, nextval('activos_plano_id_seq')), $2, $3, $4, $5) returning id`,
    [spec.id ?? null, spec.name ?? `Plan ${next()}`, spec.width === undefined ? 1000 : spec.width, spec.height === undefined ? 800 : spec.height, spec.locationId ?? null],
  );
  if (spec.id) await fixSequence(t, 'activos_plano');
  return row!.id;
}

export async function buildViewer(t: TestApp, planId: number, spec: { id?: number; name?: string } = {}): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    `insert into activos_visorplano (id, name, floor_plan_id)
     values (coalesce($1::int, nextval('activos_visorplano_id_seq')), $2, $3) returning id`,
    [spec.id ?? null, spec.name ?? `Viewer ${next()}`, planId],
  );
  if (spec.id) await fixSequence(t, 'activos_visorplano');
  return row!.id;
}

export async function buildPin(
  t: TestApp,
  spec: { viewerId: number; assetId?: number | null; locationId?: number | null; noticeId?: number | null; x?: number; y?: number },
): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    'insert into activos_pinplano (viewer_id, asset_id, location_id, notice_id, x, y) values ($1, $2, $3, $4, $5, $6) returning id',
    [spec.viewerId, spec.assetId ?? null, spec.locationId ?? null, spec.noticeId ?? null, spec.x ?? 10, spec.y ?? 20],
  );
  return row!.id;
}

/** Pins on one viewer for many assets, in one statement. */
export async function buildPinsFor(t: TestApp, viewerId: number, assetIds: number[]): Promise<void> {
  await t.sql(
    `insert into activos_pinplano (viewer_id, asset_id, x, y) select $1, a, (a % 900), (a % 700) from unnest($2::int[]) a`,
    [viewerId, assetIds],
  );
}

async function fixSequence(t: TestApp, table: string): Promise<void> {
  await t.sql(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
}

export async function pinRows(t: TestApp): Promise<Array<Record<string, unknown>>> {
  return t.sql('select id, viewer_id, asset_id, notice_id, location_id, x, y, width, height, color, note from activos_pinplano order by id');
}

export const PIN_PERMS = ['activos.add_pinplano', 'activos.change_pinplano', 'activos.delete_pinplano', 'activos.view_pinplano'];
export const VIEW_ALL = ['activos.view_plano', 'activos.view_visorplano', 'activos.view_pinplano', 'activos.view_activo', 'activos.view_ubicacion'];
