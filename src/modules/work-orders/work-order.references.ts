import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import type { Problems } from '../../errors';

// Checks, in one statement, that the rows an order points at exist (users: active ones).

export interface References {
  locationId?: number | null;
  routineId?: number | null;
  assetIds?: number[];
  users?: Array<{ field: string; ids: number[] }>;
}

export async function checkReferences(em: EntityManager, problems: Problems, refs: References): Promise<void> {
  const userIds = [...new Set((refs.users ?? []).flatMap((u) => u.ids))];
  const rows = await em.execute<Array<{ location: boolean; routine: boolean; assets: number[] | null; users: number[] | null }>>(
    `select
       exists(select 1 from activos_ubicacion where id = ?::int) as location,
       exists(select 1 from mantenimiento_rutina where id = ?::int) as routine,
       array(select id from activos_activo where id = any(?::int[])) as assets,
       array(select id from auth_user where id = any(?::int[]) and is_active) as users`,
    [refs.locationId ?? null, refs.routineId ?? null, intArray(refs.assetIds ?? []), intArray(userIds)],
  );
  const found = rows[0]!;
  if (refs.locationId && !found.location) problems.add('locationId', 'exists', `Location ${refs.locationId} does not exist.`);
  if (refs.routineId && !found.routine) problems.add('routineId', 'exists', `Routine ${refs.routineId} does not exist.`);
  const assets = new Set((found.assets ?? []).map(Number));
  const missingAssets = (refs.assetIds ?? []).filter((id) => !assets.has(id));
  if (missingAssets.length) problems.add('assetIds', 'exists', `Assets ${missingAssets.join(', ')} do not exist.`);
  const users = new Set((found.users ?? []).map(Number));
  for (const { field, ids } of refs.users ?? []) {
    const missing = ids.filter((id) => !users.has(id));
    if (missing.length) problems.add(field, 'exists', `Users ${missing.join(', ')} do not exist or are inactive.`);
  }
}
