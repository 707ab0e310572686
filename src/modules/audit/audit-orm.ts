import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { currentAuditContext, type AuditContext } from './audit-context';

// The audit trigger reads who/which request/which operation from cmms.audit_context,
// set transaction-locally (set_config(..., true)) so a pooled connection never carries
// one request's identity into another's statements.

const SET_CONTEXT = "select set_config('cmms.audit_context', ?, true)";
const WRITE = /^\s*(insert|update|delete|merge)\b|^\s*with\b[\s\S]*\b(insert|update|delete)\b/i;

type Execute = (sql: unknown, params?: unknown[], method?: 'all' | 'get' | 'run', ctx?: unknown, loggerContext?: unknown) => Promise<unknown>;

function encode(c: AuditContext): string {
  return JSON.stringify(c);
}

/** Every transaction the ORM starts (em.transactional, flush) carries the current context. */
class AuditTransactionSubscriber implements EventSubscriber {
  async afterTransactionStart(args: TransactionEventArgs): Promise<void> {
    const c = currentAuditContext();
    if (!c) return;
    await args.em.getConnection().execute(SET_CONTEXT, [encode(c)], 'run', args.transaction);
  }
}

/**
 * Registers the transaction hook, and makes a write sent outside any transaction
 * (`em.getConnection().execute('update ...')`) run in a short one that carries the context,
 * so it is attributed as well.
 */
export function installAuditContext(orm: MikroORM): void {
  orm.em.getEventManager().registerSubscriber(new AuditTransactionSubscriber());
  const connection = orm.em.getConnection() as unknown as { execute: Execute; transactional<T>(cb: (trx: unknown) => Promise<T>): Promise<T> };
  const execute = connection.execute.bind(connection) as Execute;
  connection.execute = (sql, params = [], method = 'all', ctx, loggerContext) => {
    const c = ctx ? undefined : currentAuditContext();
    if (!c || typeof sql !== 'string' || !WRITE.test(sql)) return execute(sql, params, method, ctx, loggerContext);
    return connection.transactional(async (trx) => {
      await execute(SET_CONTEXT, [encode(c)], 'run', trx);
      return execute(sql, params, method, trx, loggerContext);
    });
  };
}
