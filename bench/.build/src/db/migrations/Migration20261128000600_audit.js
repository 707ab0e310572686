"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261128000600_audit", {
    enumerable: true,
    get: function() {
        return Migration20261128000600_audit;
    }
});
const _migrations = require("@mikro-orm/migrations");
// History of every change: a row trigger on each domain table writes audit_log in the
// same transaction as the change, so raw SQL writes are recorded too. Who, which request
// and which operation come from the transaction-local setting cmms.audit_context
// (src/modules/audit/audit-orm.ts sets it).
/** Tables without history: infrastructure, not domain data. Every other table gets the trigger. */ const NOT_AUDITED = [
    'audit_log',
    'http_session',
    'login_throttle',
    'mikro_orm_migrations'
];
/** Columns whose values never enter the log: only the fact that they changed. */ const HIDDEN_COLUMNS = {
    auth_user: [
        'password'
    ]
};
/** The domain tables of the migrations before this one; any other existing table is covered as well. */ const AUDITED = [
    'auth_permission',
    'auth_group',
    'auth_group_permissions',
    'auth_user',
    'auth_user_groups',
    'auth_user_user_permissions',
    'activos_marca',
    'activos_categoria',
    'activos_ubicacion',
    'activos_modelo',
    'activos_activo',
    'activos_plano',
    'activos_visorplano',
    'activos_pinplano',
    'mantenimiento_frecuencia',
    'mantenimiento_rutina',
    'mantenimiento_pasorutina',
    'mantenimiento_aviso',
    'mantenimiento_ordentrabajo',
    'mantenimiento_contadorotnp',
    'mantenimiento_ordentrabajo_crew',
    'mantenimiento_ordentrabajo_activos',
    'mantenimiento_cierreordentrabajo',
    'mantenimiento_respuestapaso',
    'mantenimiento_historialestado',
    'mantenimiento_parada',
    'mantenimiento_notificacion'
];
const sqlList = (items)=>items.map((s)=>`'${s}'`).join(', ');
let Migration20261128000600_audit = class Migration20261128000600_audit extends _migrations.Migration {
    async up() {
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

      -- tg_argv[0]: key columns (comma-separated), tg_argv[1]: hidden columns.
      create function audit_row_change() returns trigger language plpgsql as $$
      declare
        ctx jsonb := nullif(current_setting('cmms.audit_context', true), '')::jsonb;
        old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
        new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
        hidden text[] := coalesce(string_to_array(nullif(tg_argv[1], ''), ','), '{}');
        diff jsonb;
      begin
        select jsonb_object_agg(k, case
            when k = any(hidden) then jsonb_build_array(
              case when old_row ? k then to_jsonb('(hidden)'::text) end,
              case when new_row ? k then to_jsonb('(hidden)'::text) end)
            else jsonb_build_array(old_row -> k, new_row -> k) end)
          into diff
          from jsonb_object_keys(coalesce(new_row, old_row)) as k
         where tg_op <> 'UPDATE' or (old_row -> k) is distinct from (new_row -> k);
        if diff is null then
          return null; -- an update that changed nothing
        end if;
        insert into audit_log (actor_id, request_id, operation, operation_name, entity, entity_id, action, changes)
        values (
          (ctx ->> 'actor_id')::int, ctx ->> 'request_id', ctx ->> 'operation', ctx ->> 'operation_name',
          tg_table_name,
          (select string_agg(coalesce(new_row, old_row) ->> c, ',' order by n)
             from unnest(string_to_array(tg_argv[0], ',')) with ordinality as u(c, n)),
          lower(tg_op),
          diff);
        return null;
      end $$;

      -- Installs the history trigger on a table (keyed by its primary key); for new tables' migrations.
      create function audit_enable(tbl regclass, hidden text[] default '{}') returns void language plpgsql as $$
      declare
        keys text;
      begin
        select string_agg(a.attname, ',' order by array_position(i.indkey::int2[], a.attnum))
          into keys
          from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
         where i.indrelid = tbl and i.indisprimary;
        if keys is null then
          raise exception 'audit_enable: % has no primary key', tbl;
        end if;
        execute format('drop trigger if exists audit_row_change on %s', tbl);
        execute format(
          'create trigger audit_row_change after insert or update or delete on %s for each row execute function audit_row_change(%L, %L)',
          tbl, keys, array_to_string(hidden, ','));
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
    async down() {
        this.addSql(`
      do $$
      declare
        r record;
      begin
        for r in select tgrelid::regclass as tbl from pg_trigger where tgname = 'audit_row_change' loop
          execute format('drop trigger audit_row_change on %s', r.tbl);
        end loop;
      end $$;
      drop table audit_log;
      drop function audit_enable(regclass, text[]);
      drop function audit_row_change();
      drop function audit_log_append_only();
      delete from auth_permission where app_label = 'audit' and codename = 'view_logentry';
    `);
    }
};
