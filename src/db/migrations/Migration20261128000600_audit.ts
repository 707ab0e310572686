import { Migration } from '@mikro-orm/migrations';

// History of every change: a row trigger on each domain table writes audit_log in the
// same transaction as the change, so raw SQL writes are recorded too. Who, which request
// and which operation come from the transaction-local setting cmms.audit_context
// (src/modules/audit/audit-orm.ts sets it).

/**
 * Tables without history: infrastructure, not domain data (sessions, throttling, the job
 * queue's heartbeats, the webhook idempotency store, and the generator's bookkeeping of
 * which schedule cycle made which order — the orders themselves are audited). Every
 * other table gets the trigger.
 */
const NOT_AUDITED = [
  'audit_log',
  'http_session',
  'login_throttle',
  'mikro_orm_migrations',
  'mantenimiento_job',
  'webhook_delivery',
  'mantenimiento_programacion_orden',
];

/** Columns whose values never enter the log: only the fact that they changed. */
const HIDDEN_COLUMNS: Record<string, string[]> = { auth_user: ['password'], webhook_source: ['secret'] };

/** The domain tables of the migrations before this one; any other existing table is covered as well. */
const AUDITED = [
  'auth_permission', 'auth_group', 'auth_group_permissions', 'auth_user', 'auth_user_groups', 'auth_user_user_permissions',
  'activos_marca', 'activos_categoria', 'activos_ubicacion', 'activos_modelo', 'activos_activo',
  'activos_plano', 'activos_visorplano', 'activos_pinplano',
  'mantenimiento_frecuencia', 'mantenimiento_rutina', 'mantenimiento_pasorutina', 'mantenimiento_aviso',
  'mantenimiento_ordentrabajo', 'mantenimiento_contadorotnp', 'mantenimiento_ordentrabajo_crew',
  'mantenimiento_ordentrabajo_activos', 'mantenimiento_cierreordentrabajo', 'mantenimiento_respuestapaso',
  'mantenimiento_historialestado', 'mantenimiento_parada', 'mantenimiento_notificacion',
];

const sqlList = (items: string[]) => items.map((s) => `'${s}'`).join(', ');

export class Migration20261128000600_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table audit_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        actor_id int null,
        request_id text null,
        operation text null,
        operation_name text null,
        entity text not null,
        entity_id text not null,
        action text not null constraint audit_log_action_check check (action in ('insert', 'update', 'delete')),
        changes jsonb not null
      );
      create index audit_log_entity_entity_id_id_index on audit_log (entity, entity_id, id);
      create index audit_log_actor_id_id_index on audit_log (actor_id, id);
      create index audit_log_request_id_index on audit_log (request_id);
      create index audit_log_at_index on audit_log (at);

      -- {column: [old, new]} of the columns that differ; hidden columns show only that they changed.
      create function audit_diff(o jsonb, n jsonb, hidden text[]) returns jsonb language sql immutable as $$
        select jsonb_object_agg(f, case
            when f = any(hidden) then jsonb_build_array(
              case when o ? f then to_jsonb('(hidden)'::text) end,
              case when n ? f then to_jsonb('(hidden)'::text) end)
            else jsonb_build_array(o -> f, n -> f) end)
          from jsonb_object_keys(coalesce(n, o)) as f
         where o is null or n is null or (o -> f) is distinct from (n -> f)
      $$;

      create function audit_key(r jsonb, keys text[]) returns text language sql immutable as $$
        select string_agg(r ->> k, ',' order by i) from unnest(keys) with ordinality as u(k, i)
      $$;

      -- Statement-level, over the transition tables (whole-row references as alias.*: tables have columns such as x):
      -- one insert into audit_log per statement,
      -- so bulk writes (generated orders, seeders) stay cheap.
      -- tg_argv[0]: key columns (comma-separated), tg_argv[1]: hidden columns.
      create function audit_rows_change() returns trigger language plpgsql as $$
      declare
        ctx jsonb := nullif(current_setting('cmms.audit_context', true), '')::jsonb;
        actor int := (ctx ->> 'actor_id')::int;
        keys text[] := string_to_array(tg_argv[0], ',');
        hidden text[] := coalesce(string_to_array(nullif(tg_argv[1], ''), ','), '{}');
      begin
        if tg_op = 'INSERT' then
          insert into audit_log (actor_id, request_id, operation, operation_name, entity, entity_id, action, changes)
          select actor, ctx ->> 'request_id', ctx ->> 'operation', ctx ->> 'operation_name', tg_table_name,
                 audit_key(r, keys), 'insert', audit_diff(null, r, hidden)
            from (select to_jsonb(nr.*) as r from new_rows nr) s;
        elsif tg_op = 'DELETE' then
          insert into audit_log (actor_id, request_id, operation, operation_name, entity, entity_id, action, changes)
          select actor, ctx ->> 'request_id', ctx ->> 'operation', ctx ->> 'operation_name', tg_table_name,
                 audit_key(r, keys), 'delete', audit_diff(r, null, hidden)
            from (select to_jsonb(od.*) as r from old_rows od) s;
        else
          -- Old and new rows paired by key; a changed key counts as a delete and an insert.
          insert into audit_log (actor_id, request_id, operation, operation_name, entity, entity_id, action, changes)
          select actor, ctx ->> 'request_id', ctx ->> 'operation', ctx ->> 'operation_name', tg_table_name,
                 coalesce(nk, ok), case when o is null then 'insert' when n is null then 'delete' else 'update' end, d
            from (
              select o.r as o, n.r as n, o.k as ok, n.k as nk, audit_diff(o.r, n.r, hidden) as d
                from (select r, audit_key(r, keys) as k from (select to_jsonb(od.*) as r from old_rows od) s) o
                full join (select r, audit_key(r, keys) as k from (select to_jsonb(nr.*) as r from new_rows nr) s) n on n.k = o.k
            ) p
           where d is not null; -- an update that changed nothing is no change
        end if;
        return null;
      end $$;

      -- Installs the history triggers on a table (keyed by its primary key); for new tables' migrations.
      create function audit_enable(tbl regclass, hidden text[] default '{}') returns void language plpgsql as $$
      declare
        keys text;
        args text;
      begin
        select string_agg(a.attname, ',' order by array_position(i.indkey::int2[], a.attnum))
          into keys
          from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
         where i.indrelid = tbl and i.indisprimary;
        if keys is null then
          raise exception 'audit_enable: % has no primary key', tbl;
        end if;
        args := format('%L, %L', keys, array_to_string(hidden, ','));
        execute format('drop trigger if exists audit_insert on %s', tbl);
        execute format('drop trigger if exists audit_update on %s', tbl);
        execute format('drop trigger if exists audit_delete on %s', tbl);
        execute format('create trigger audit_insert after insert on %s referencing new table as new_rows for each statement execute function audit_rows_change(%s)', tbl, args);
        execute format('create trigger audit_update after update on %s referencing old table as old_rows new table as new_rows for each statement execute function audit_rows_change(%s)', tbl, args);
        execute format('create trigger audit_delete after delete on %s referencing old table as old_rows for each statement execute function audit_rows_change(%s)', tbl, args);
      end $$;

      create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only' using errcode = '42501';
      end $$;
      create trigger audit_log_append_only before update or delete or truncate on audit_log
        for each statement execute function audit_log_append_only();

      insert into auth_permission (app_label, codename, name)
      values ('audit', 'view_logentry', 'Can view log entry')
      on conflict (app_label, codename) do nothing;
    `);
    // The listed tables must exist (a rename fails here); tables added by migrations
    // registered before this one are covered too.
    this.addSql(`
      do $$
      declare
        t text;
        hidden jsonb := '${JSON.stringify(HIDDEN_COLUMNS)}';
      begin
        for t in
          select unnest(array[${sqlList(AUDITED)}])
          union
          select tablename::text from pg_tables
           where schemaname = current_schema() and tablename <> all(array[${sqlList(NOT_AUDITED)}])
        loop
          perform audit_enable(t::regclass, coalesce(array(select jsonb_array_elements_text(hidden -> t)), '{}'));
        end loop;
      end $$;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      do $$
      declare
        r record;
      begin
        for r in select tgrelid::regclass as tbl, tgname from pg_trigger where tgname in ('audit_insert', 'audit_update', 'audit_delete') loop
          execute format('drop trigger %I on %s', r.tgname, r.tbl);
        end loop;
      end $$;
      drop table audit_log;
      drop function audit_enable(regclass, text[]);
      drop function audit_rows_change();
      drop function audit_diff(jsonb, jsonb, text[]);
      drop function audit_key(jsonb, text[]);
      drop function audit_log_append_only();
      delete from auth_permission where app_label = 'audit' and codename = 'view_logentry';
    `);
  }
}
