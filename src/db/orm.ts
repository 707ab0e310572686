import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from '../config';
import { entities } from '../entities';
import { migrationsList } from './migrations';
import { installAuditContext } from '../modules/audit/audit-orm';

/** Tables that exist only through migrations, never as entities. */
export const NON_ENTITY_TABLES = ['http_session', 'login_throttle', 'mikro_orm_migrations', 'audit_log'];

export function ormOptions(url: string, db?: Config['db'], extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    schemaGenerator: { skipTables: NON_ENTITY_TABLES },
    // One query per relation for a whole list instead of one per row.
    dataloader: true,
    forceUtcTimezone: true,
    pool: { min: 0, max: db?.poolMax ?? 10 },
    driverOptions: {
      acquireConnectionTimeout: db?.acquireTimeoutMs ?? 5000,
      connection: {
        // Server-side limits on every connection, so nothing holds locks or rows forever.
        statement_timeout: db?.statementTimeoutMs ?? 30000,
        lock_timeout: db?.lockTimeoutMs ?? 10000,
        idle_in_transaction_session_timeout: db?.idleInTransactionTimeoutMs ?? 60000,
        connectionTimeoutMillis: db?.acquireTimeoutMs ?? 5000,
        application_name: 'energy-cmms',
      },
    },
    debug: false,
    ...extra,
  });
}

export async function initOrm(url: string, db?: Config['db'], extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url, db, extra));
  installAuditContext(orm);
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
