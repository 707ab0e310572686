import { Migration } from '@mikro-orm/migrations';

// Preventive maintenance: work calendars with weekday windows and blocked dates,
// schedules (routine + assets and/or areas + calendars) and the link that makes
// generation idempotent per (schedule, cycle date, asset); background jobs; measurement
// points with their readings; webhook sources and their idempotency records.

const NEW_MODELS: Array<[model: string, verbose: string]> = [
  ['puntomedida', 'measurement point'],
  ['lectura', 'reading'],
];

export class Migration20261128000500_preventive extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table mantenimiento_pasorutina add column measurement_point_code varchar(50) null;

      create table mantenimiento_calendario (
        id serial primary key,
        name varchar(100) not null,
        time_zone varchar(64) not null default 'UTC',
        constraint mantenimiento_calendario_name_unique unique (name)
      );

      -- weekday: ISO, 1 = Monday .. 7 = Sunday. end_time <= start_time: the window ends the next day.
      create table mantenimiento_calendario_ventana (
        id serial primary key,
        calendar_id int not null constraint mantenimiento_calendario_ventana_calendar_id_foreign references mantenimiento_calendario (id) on update cascade on delete cascade,
        weekday smallint not null,
        start_time time(0) not null,
        end_time time(0) not null,
        constraint mantenimiento_calendario_ventana_weekday_check check (weekday between 1 and 7),
        constraint mantenimiento_calendario_ventana_length_check check (start_time <> end_time)
      );
      create index mantenimiento_calendario_ventana_calendar_id_index on mantenimiento_calendario_ventana (calendar_id);

      create table mantenimiento_fechabloqueada (
        id serial primary key,
        calendar_id int not null constraint mantenimiento_fechabloqueada_calendar_id_foreign references mantenimiento_calendario (id) on update cascade on delete cascade,
        date date not null,
        reason varchar(200) not null default '',
        constraint mantenimiento_fechabloqueada_calendar_id_date_unique unique (calendar_id, date)
      );

      create table mantenimiento_puntomedida (
        id serial primary key,
        asset_id int not null constraint mantenimiento_puntomedida_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        name varchar(200) not null,
        code varchar(50) not null,
        unit varchar(30) not null,
        cumulative boolean not null default false,
        target numeric(18,4) null,
        tolerance numeric(18,4) null,
        rollover_value numeric(18,4) null,
        open_notice boolean not null default false,
        last_notice_id int null constraint mantenimiento_puntomedida_last_notice_id_foreign references mantenimiento_aviso (id) on update cascade on delete set null,
        created_at timestamptz not null default now(),
        constraint mantenimiento_puntomedida_asset_id_code_unique unique (asset_id, code),
        constraint mantenimiento_puntomedida_tolerance_check check (tolerance is null or tolerance >= 0),
        constraint mantenimiento_puntomedida_rollover_value_check check (rollover_value is null or rollover_value > 0)
      );
      create index mantenimiento_puntomedida_last_notice_id_index on mantenimiento_puntomedida (last_notice_id);

      create table mantenimiento_lectura (
        id serial primary key,
        point_id int not null constraint mantenimiento_lectura_point_id_foreign references mantenimiento_puntomedida (id) on update cascade on delete restrict,
        value numeric(18,4) not null,
        read_at timestamptz not null,
        source text not null default 'MANUAL',
        reset boolean not null default false,
        out_of_tolerance boolean not null default false,
        technician_id int null constraint mantenimiento_lectura_technician_id_foreign references auth_user (id) on update cascade on delete set null,
        work_order_id int null constraint mantenimiento_lectura_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete set null,
        created_at timestamptz not null default now(),
        constraint mantenimiento_lectura_source_check check (source in ('MANUAL', 'WORK_ORDER', 'BULK', 'WEBHOOK'))
      );
      create index mantenimiento_lectura_point_id_read_at_index on mantenimiento_lectura (point_id, read_at);
      create index mantenimiento_lectura_technician_id_index on mantenimiento_lectura (technician_id);
      create index mantenimiento_lectura_work_order_id_index on mantenimiento_lectura (work_order_id);

      create table mantenimiento_programacion (
        id serial primary key,
        name varchar(200) not null,
        routine_id int not null constraint mantenimiento_programacion_routine_id_foreign references mantenimiento_rutina (id) on update cascade on delete restrict,
        start_date date not null,
        end_date date null,
        technician_id int null constraint mantenimiento_programacion_technician_id_foreign references auth_user (id) on update cascade on delete set null,
        priority work_order_priority not null default 'MEDIUM',
        active boolean not null default true,
        offset_days int not null default 0,
        meter_point_id int null constraint mantenimiento_programacion_meter_point_id_foreign references mantenimiento_puntomedida (id) on update cascade on delete restrict,
        meter_every numeric(18,4) null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint mantenimiento_programacion_dates_check check (end_date is null or end_date >= start_date),
        constraint mantenimiento_programacion_meter_check check ((meter_point_id is null) = (meter_every is null) and (meter_every is null or meter_every > 0))
      );
      create index mantenimiento_programacion_routine_id_index on mantenimiento_programacion (routine_id);
      create index mantenimiento_programacion_technician_id_index on mantenimiento_programacion (technician_id);
      create index mantenimiento_programacion_meter_point_id_index on mantenimiento_programacion (meter_point_id);

      create table mantenimiento_programacion_activos (
        schedule_id int not null constraint mantenimiento_programacion_activos_schedule_id_foreign references mantenimiento_programacion (id) on update cascade on delete cascade,
        asset_id int not null constraint mantenimiento_programacion_activos_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        technician_id int null constraint mantenimiento_programacion_activos_technician_id_foreign references auth_user (id) on update cascade on delete set null,
        primary key (schedule_id, asset_id)
      );
      create index mantenimiento_programacion_activos_asset_id_index on mantenimiento_programacion_activos (asset_id);
      create index mantenimiento_programacion_activos_technician_id_index on mantenimiento_programacion_activos (technician_id);

      create table mantenimiento_programacion_ubicaciones (
        schedule_id int not null constraint mantenimiento_programacion_ubicaciones_schedule_id_foreign references mantenimiento_programacion (id) on update cascade on delete cascade,
        location_id int not null constraint mantenimiento_programacion_ubicaciones_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        primary key (schedule_id, location_id)
      );
      create index mantenimiento_programacion_ubicaciones_location_id_index on mantenimiento_programacion_ubicaciones (location_id);

      create table mantenimiento_programacion_calendarios (
        schedule_id int not null constraint mantenimiento_programacion_calendarios_schedule_id_foreign references mantenimiento_programacion (id) on update cascade on delete cascade,
        calendar_id int not null constraint mantenimiento_programacion_calendarios_calendar_id_foreign references mantenimiento_calendario (id) on update cascade on delete restrict,
        primary key (schedule_id, calendar_id)
      );
      create index mantenimiento_programacion_calendarios_calendar_id_index on mantenimiento_programacion_calendarios (calendar_id);

      -- One row per (schedule, cycle, asset) ever generated: what makes generation idempotent.
      create table mantenimiento_programacion_orden (
        id serial primary key,
        schedule_id int not null constraint mantenimiento_programacion_orden_schedule_id_foreign references mantenimiento_programacion (id) on update cascade on delete cascade,
        cycle_date date not null,
        asset_id int not null constraint mantenimiento_programacion_orden_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        work_order_id int not null constraint mantenimiento_programacion_orden_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        trigger text not null default 'CALENDAR',
        created_at timestamptz not null default now(),
        constraint mantenimiento_programacion_orden_cycle_unique unique (schedule_id, cycle_date, asset_id),
        constraint mantenimiento_programacion_orden_trigger_check check (trigger in ('CALENDAR', 'METER'))
      );
      create index mantenimiento_programacion_orden_asset_id_index on mantenimiento_programacion_orden (asset_id);
      create index mantenimiento_programacion_orden_work_order_id_index on mantenimiento_programacion_orden (work_order_id);

      create table mantenimiento_job (
        id serial primary key,
        kind varchar(40) not null,
        status text not null default 'QUEUED',
        schedule_id int null constraint mantenimiento_job_schedule_id_foreign references mantenimiento_programacion (id) on update cascade on delete cascade,
        params jsonb not null default '{}',
        progress int not null default 0,
        result jsonb null,
        error text null,
        attempts int not null default 0,
        runner varchar(64) null,
        heartbeat_at timestamptz null,
        created_by_id int null constraint mantenimiento_job_created_by_id_foreign references auth_user (id) on update cascade on delete set null,
        created_at timestamptz not null default now(),
        started_at timestamptz null,
        finished_at timestamptz null,
        constraint mantenimiento_job_status_check check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        constraint mantenimiento_job_progress_check check (progress between 0 and 100)
      );
      create index mantenimiento_job_schedule_id_index on mantenimiento_job (schedule_id);
      create index mantenimiento_job_created_by_id_index on mantenimiento_job (created_by_id);
      create index mantenimiento_job_unfinished_index on mantenimiento_job (id) where status in ('QUEUED', 'RUNNING');

      create table webhook_source (
        id serial primary key,
        name varchar(100) not null,
        secret varchar(200) not null,
        user_id int not null constraint webhook_source_user_id_foreign references auth_user (id) on update cascade on delete restrict,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        constraint webhook_source_name_unique unique (name)
      );
      create index webhook_source_user_id_index on webhook_source (user_id);

      create table webhook_delivery (
        id serial primary key,
        source_id int not null constraint webhook_delivery_source_id_foreign references webhook_source (id) on update cascade on delete cascade,
        idempotency_key varchar(200) not null,
        endpoint varchar(50) not null,
        body_sha256 varchar(64) not null,
        status_code int not null,
        response jsonb not null,
        created_at timestamptz not null default now(),
        constraint webhook_delivery_source_id_idempotency_key_unique unique (source_id, idempotency_key)
      );
    `);
    const rows = NEW_MODELS.flatMap(([model, verbose]) =>
      ['add', 'change', 'delete', 'view'].map((action) => `('mantenimiento', '${action}_${model}', 'Can ${action} ${verbose}')`),
    );
    this.addSql(`insert into auth_permission (app_label, codename, name) values ${rows.join(', ')};`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      delete from auth_permission where app_label = 'mantenimiento' and codename ~ '_(puntomedida|lectura)$';
      drop table if exists webhook_delivery;
      drop table if exists webhook_source;
      drop table if exists mantenimiento_job;
      drop table if exists mantenimiento_programacion_orden;
      drop table if exists mantenimiento_programacion_calendarios;
      drop table if exists mantenimiento_programacion_ubicaciones;
      drop table if exists mantenimiento_programacion_activos;
      drop table if exists mantenimiento_programacion;
      drop table if exists mantenimiento_lectura;
      drop table if exists mantenimiento_puntomedida;
      drop table if exists mantenimiento_fechabloqueada;
      drop table if exists mantenimiento_calendario_ventana;
      drop table if exists mantenimiento_calendario;
      alter table mantenimiento_pasorutina drop column if exists measurement_point_code;
    `);
  }
}
