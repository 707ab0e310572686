import type { TestApp } from './app';

// Catalogue rows inserted directly (arranging data, not testing the services).

let seq = 0;
const next = () => ++seq;

export async function buildCategory(t: TestApp, spec: { name?: string; parentId?: number | null; icon?: string } = {}): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    'insert into activos_categoria (name, parent_id, icon) values ($1, $2, $3) returning id',
    [spec.name ?? `Category ${next()}`, spec.parentId ?? null, spec.icon ?? 'location'],
  );
  return row!.id;
}

export async function buildLocation(
  t: TestApp,
  spec: { name?: string; parentId?: number | null; type?: string; sortOrder?: number } = {},
): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    'insert into activos_ubicacion (name, parent_id, type, sort_order) values ($1, $2, $3, $4) returning id',
    [spec.name ?? `Location ${next()}`, spec.parentId ?? null, spec.type ?? 'OTHER', spec.sortOrder ?? 0],
  );
  return row!.id;
}

export async function buildBrand(t: TestApp, name?: string): Promise<number> {
  const [row] = await t.sql<{ id: number }>('insert into activos_marca (name) values ($1) returning id', [name ?? `Brand ${next()}`]);
  return row!.id;
}

export async function buildModel(t: TestApp, spec: { name?: string; brandId?: number; categoryId?: number } = {}): Promise<number> {
  const brandId = spec.brandId ?? (await buildBrand(t));
  const categoryId = spec.categoryId ?? (await buildCategory(t));
  const [row] = await t.sql<{ id: number }>(
    'insert into activos_modelo (name, brand_id, category_id) values ($1, $2, $3) returning id',
    [spec.name ?? `Model ${next()}`, brandId, categoryId],
  );
  return row!.id;
}

export interface AssetSpec {
  name?: string;
  internalCode?: string;
  modelId: number;
  locationId: number;
  serialNumber?: string;
  description?: string;
  state?: string;
  parentId?: number | null;
  responsibleId?: number | null;
  epc?: string | null;
}

/** Inserts an asset; its category is its model's. */
export async function buildAsset(t: TestApp, spec: AssetSpec): Promise<number> {
  const n = next();
  const [row] = await t.sql<{ id: number }>(
    `insert into activos_activo (name, internal_code, model_id, category_id, location_id, serial_number, description, state, parent_id, responsible_id, epc)
     select $1, $2, m.id, m.category_id, $4, $5, $6, $7, $8, $9, $10 from activos_modelo m where m.id = $3 returning id`,
    [
      spec.name ?? `Asset ${n}`,
      spec.internalCode ?? String(700000 + n),
      spec.modelId,
      spec.locationId,
      spec.serialNumber ?? '',
      spec.description ?? '',
      spec.state ?? 'OPERATIONAL',
      spec.parentId ?? null,
      spec.responsibleId ?? null,
      spec.epc ?? null,
    ],
  );
  return row!.id;
}

export const ALL_CATALOGUE_VIEW = [
  'activos.view_activo',
  'activos.view_modelo',
  'activos.view_marca',
  'activos.view_categoria',
  'activos.view_ubicacion',
];
