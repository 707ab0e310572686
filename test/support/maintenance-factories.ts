import type { TestApp } from './app';
import { buildAsset, buildLocation, buildModel } from './catalogue-factories';

// Maintenance rows inserted directly (arranging data, not testing the services).

export const WO_VIEW = ['mantenimiento.view_ordentrabajo', 'activos.view_activo', 'activos.view_ubicacion'];
export const WO_ALL = [
  ...WO_VIEW,
  'mantenimiento.add_ordentrabajo',
  'mantenimiento.change_ordentrabajo',
  'mantenimiento.delete_ordentrabajo',
  'mantenimiento.add_cierreordentrabajo',
  'mantenimiento.view_cierreordentrabajo',
  'mantenimiento.view_rutina',
  'mantenimiento.view_aviso',
  'mantenimiento.change_aviso',
];

export interface Site {
  rootId: number;
  roomId: number;
  otherId: number;
  modelId: number;
  assetIds: number[];
}

/** A root location with a room below it, another root, and `n` assets in the room. */
export async function buildSite(t: TestApp, n = 3): Promise<Site> {
  const rootId = await buildLocation(t, { name: `Plant ${Math.random().toString(36).slice(2, 7)}` });
  const roomId = await buildLocation(t, { name: 'Boiler room', parentId: rootId });
  const otherId = await buildLocation(t, { name: `Other ${Math.random().toString(36).slice(2, 7)}` });
  const modelId = await buildModel(t);
  const assetIds: number[] = [];
  for (let i = 0; i < n; i += 1) assetIds.push(await buildAsset(t, { modelId, locationId: roomId, name: `Pump ${i + 1}` }));
  return { rootId, roomId, otherId, modelId, assetIds };
}

export async function buildRoutine(
  t: TestApp,
  steps: Array<{ type: string; description?: string }> = [{ type: 'CHECK' }, { type: 'MEASUREMENT' }],
): Promise<{ id: number; stepIds: number[] }> {
  const [r] = await t.sql<{ id: number }>(
    `insert into mantenimiento_rutina (code, name) values ($1, $2) returning id`,
    [`R-${Math.random().toString(36).slice(2, 9)}`, 'Monthly pump check'],
  );
  const stepIds: number[] = [];
  for (const [i, s] of steps.entries()) {
    const [row] = await t.sql<{ id: number }>(
      `insert into mantenimiento_pasorutina (routine_id, sort_order, description, answer_type, unit) values ($1, $2, $3, $4, $5) returning id`,
      [r!.id, i + 1, s.description ?? `Step ${i + 1}`, s.type, s.type === 'MEASUREMENT' ? 'bar' : ''],
    );
    stepIds.push(row!.id);
  }
  return { id: r!.id, stepIds };
}

export interface OrderSpec {
  locationId: number;
  assetIds?: number[];
  status?: string;
  type?: string;
  priority?: string;
  routineId?: number | null;
  technicianId?: number | null;
  scheduledStart?: string | null;
  scheduledEnd?: string | null;
  shortDescription?: string;
  equipmentStopped?: boolean;
  noticeId?: number | null;
}

/** Inserts an order with an `OT-` code from its id. */
export async function buildWorkOrder(t: TestApp, spec: OrderSpec): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    `with n as (select nextval(pg_get_serial_sequence('mantenimiento_ordentrabajo', 'id')) as id)
     insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, technician_id, location_id,
       scheduled_start, scheduled_end, short_description, equipment_stopped, notice_id)
     select n.id, 'OT-' || lpad(n.id::text, 9, '0'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 from n returning id`,
    [
      spec.type ?? 'CORRECTIVE',
      spec.priority ?? 'MEDIUM',
      spec.status ?? 'PENDING',
      spec.routineId ?? null,
      spec.technicianId ?? null,
      spec.locationId,
      spec.scheduledStart ?? null,
      spec.scheduledEnd ?? null,
      spec.shortDescription ?? 'Check the pump',
      spec.equipmentStopped ?? false,
      spec.noticeId ?? null,
    ],
  );
  for (const a of spec.assetIds ?? []) {
    await t.sql('insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) values ($1, $2)', [row!.id, a]);
  }
  return row!.id;
}

export async function orderRow(t: TestApp, id: number): Promise<Record<string, any>> {
  const [row] = await t.sql(`select * from mantenimiento_ordentrabajo where id = $1`, [id]);
  return row!;
}
