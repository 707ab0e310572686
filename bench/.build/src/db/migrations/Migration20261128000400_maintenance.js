"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261128000400_maintenance", {
    enumerable: true,
    get: function() {
        return Migration20261128000400_maintenance;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261128000400_maintenance = class Migration20261128000400_maintenance extends _migrations.Migration {
    async up() {
        this.addSql(`
      create type work_order_type as enum ('PREVENTIVE', 'CORRECTIVE', 'UNSCHEDULED');
      -- Declared from least to most severe: ordering by this type ranks by severity.
      create type work_order_priority as enum ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');
      create type work_order_status as enum ('PENDING', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');
      create type notice_type as enum ('BREAKDOWN', 'REQUEST', 'IMPROVEMENT', 'LEGAL', 'MISUSE');
      create type notice_status as enum ('OPEN', 'IN_PROCESS', 'CLOSED', 'CANCELLED');
      create type notification_kind as enum ('INFO', 'SUCCESS', 'WARNING', 'ERROR');
      create type routine_step_answer_type as enum ('INSTRUCTION', 'CHECK', 'NUMBER', 'TEXT', 'MEASUREMENT', 'PHOTO', 'HEADER');

      create table mantenimiento_frecuencia (
        id serial primary key,
        name varchar(100) not null,
        interval_days int not null,
        constraint mantenimiento_frecuencia_name_unique unique (name),
        constraint mantenimiento_frecuencia_interval_days_check check (interval_days > 0)
      );

      create table mantenimiento_rutina (
        id serial primary key,
        code varchar(50) not null,
        name varchar(200) not null,
        location_id int null constraint mantenimiento_rutina_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        category_id int null constraint mantenimiento_rutina_category_id_foreign references activos_categoria (id) on update cascade on delete restrict,
        frequency_id int null constraint mantenimiento_rutina_frequency_id_foreign references mantenimiento_frecuencia (id) on update cascade on delete restrict,
        estimated_duration_minutes int null,
        technician_count int not null default 1,
        tools text not null default '',
        invasive boolean not null default false,
        constraint mantenimiento_rutina_code_unique unique (code),
        constraint mantenimiento_rutina_estimated_duration_minutes_check check (estimated_duration_minutes >= 0),
        constraint mantenimiento_rutina_technician_count_check check (technician_count >= 1)
      );
      create index mantenimiento_rutina_location_id_index on mantenimiento_rutina (location_id);
      create index mantenimiento_rutina_category_id_index on mantenimiento_rutina (category_id);
      create index mantenimiento_rutina_frequency_id_index on mantenimiento_rutina (frequency_id);

      create table mantenimiento_pasorutina (
        id serial primary key,
        routine_id int not null constraint mantenimiento_pasorutina_routine_id_foreign references mantenimiento_rutina (id) on update cascade on delete cascade,
        sort_order int not null,
        description text not null,
        answer_type routine_step_answer_type not null default 'CHECK',
        target varchar(100) null,
        min numeric(14,4) null,
        max numeric(14,4) null,
        unit varchar(30) not null default '',
        constraint mantenimiento_pasorutina_routine_id_sort_order_unique unique (routine_id, sort_order),
        constraint mantenimiento_pasorutina_min_max_check check (min is null or max is null or max >= min)
      );

      create table mantenimiento_aviso (
        id serial primary key,
        asset_id int null constraint mantenimiento_aviso_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        location_id int not null constraint mantenimiento_aviso_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        description text not null,
        priority work_order_priority not null default 'MEDIUM',
        type notice_type not null default 'BREAKDOWN',
        status notice_status not null default 'OPEN',
        requester_id int not null constraint mantenimiento_aviso_requester_id_foreign references auth_user (id) on update cascade on delete restrict,
        responsible_id int null constraint mantenimiento_aviso_responsible_id_foreign references auth_user (id) on update cascade on delete set null,
        equipment_stopped boolean not null default false,
        stop_start timestamptz null,
        stop_end timestamptz null,
        diagnosis text not null default '',
        actions text not null default '',
        closed_at timestamptz null,
        closed_by_id int null constraint mantenimiento_aviso_closed_by_id_foreign references auth_user (id) on update cascade on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint mantenimiento_aviso_stop_window_check check (stop_end is null or stop_start is null or stop_end >= stop_start)
      );
      create index mantenimiento_aviso_asset_id_index on mantenimiento_aviso (asset_id);
      create index mantenimiento_aviso_location_id_index on mantenimiento_aviso (location_id);
      create index mantenimiento_aviso_requester_id_index on mantenimiento_aviso (requester_id);
      create index mantenimiento_aviso_responsible_id_index on mantenimiento_aviso (responsible_id);
      create index mantenimiento_aviso_closed_by_id_index on mantenimiento_aviso (closed_by_id);
      create index mantenimiento_aviso_status_id_index on mantenimiento_aviso (status, id desc);

      create table mantenimiento_ordentrabajo (
        id serial primary key,
        code varchar(30) not null,
        type work_order_type not null default 'CORRECTIVE',
        priority work_order_priority not null default 'MEDIUM',
        status work_order_status not null default 'PENDING',
        routine_id int null constraint mantenimiento_ordentrabajo_routine_id_foreign references mantenimiento_rutina (id) on update cascade on delete restrict,
        notice_id int null constraint mantenimiento_ordentrabajo_notice_id_foreign references mantenimiento_aviso (id) on update cascade on delete restrict,
        technician_id int null constraint mantenimiento_ordentrabajo_technician_id_foreign references auth_user (id) on update cascade on delete set null,
        supervisor_id int null constraint mantenimiento_ordentrabajo_supervisor_id_foreign references auth_user (id) on update cascade on delete set null,
        location_id int not null constraint mantenimiento_ordentrabajo_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        scheduled_start timestamptz null,
        scheduled_end timestamptz null,
        started_at timestamptz null,
        short_description varchar(200) not null,
        description text not null default '',
        notes text not null default '',
        equipment_stopped boolean not null default false,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        created_by_id int null constraint mantenimiento_ordentrabajo_created_by_id_foreign references auth_user (id) on update cascade on delete set null,
        constraint mantenimiento_ordentrabajo_code_unique unique (code),
        constraint mantenimiento_ordentrabajo_schedule_check check (scheduled_end is null or scheduled_start is null or scheduled_end >= scheduled_start),
        constraint mantenimiento_ordentrabajo_version_check check (version >= 1)
      );
      create index mantenimiento_ordentrabajo_routine_id_index on mantenimiento_ordentrabajo (routine_id);
      create index mantenimiento_ordentrabajo_notice_id_index on mantenimiento_ordentrabajo (notice_id);
      -- At most one live order per notice (a cancelled one does not count).
      create unique index mantenimiento_ordentrabajo_notice_id_live_unique on mantenimiento_ordentrabajo (notice_id)
        where notice_id is not null and status <> 'CANCELLED';
      create index mantenimiento_ordentrabajo_technician_id_index on mantenimiento_ordentrabajo (technician_id);
      create index mantenimiento_ordentrabajo_supervisor_id_index on mantenimiento_ordentrabajo (supervisor_id);
      create index mantenimiento_ordentrabajo_location_id_index on mantenimiento_ordentrabajo (location_id);
      create index mantenimiento_ordentrabajo_created_by_id_index on mantenimiento_ordentrabajo (created_by_id);
      -- The two list orders (keyset pagination).
      create index mantenimiento_ordentrabajo_scheduled_start_id_index on mantenimiento_ordentrabajo (scheduled_start, id);
      create index mantenimiento_ordentrabajo_priority_scheduled_start_id_index on mantenimiento_ordentrabajo (priority desc, scheduled_start, id);
      create index mantenimiento_ordentrabajo_status_index on mantenimiento_ordentrabajo (status);

      -- One row per year: OTNP-<year>-<n> numbers, gap-free, locked per year by the upsert.
      create table mantenimiento_contadorotnp (
        year int primary key,
        last_value int not null
      );

      create table mantenimiento_ordentrabajo_crew (
        work_order_id int not null constraint mantenimiento_ordentrabajo_crew_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        user_id int not null constraint mantenimiento_ordentrabajo_crew_user_id_foreign references auth_user (id) on update cascade on delete cascade,
        primary key (work_order_id, user_id)
      );
      create index mantenimiento_ordentrabajo_crew_user_id_index on mantenimiento_ordentrabajo_crew (user_id);

      create table mantenimiento_ordentrabajo_activos (
        work_order_id int not null constraint mantenimiento_ordentrabajo_activos_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        asset_id int not null constraint mantenimiento_ordentrabajo_activos_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        primary key (work_order_id, asset_id)
      );
      create index mantenimiento_ordentrabajo_activos_asset_id_index on mantenimiento_ordentrabajo_activos (asset_id);

      create table mantenimiento_cierreordentrabajo (
        id serial primary key,
        work_order_id int not null constraint mantenimiento_cierreordentrabajo_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        actual_start timestamptz not null,
        actual_end timestamptz not null,
        man_hours numeric(10,2) not null,
        comments text not null,
        materials text not null default '',
        closed_by_id int null constraint mantenimiento_cierreordentrabajo_closed_by_id_foreign references auth_user (id) on update cascade on delete set null,
        closed_at timestamptz not null default now(),
        constraint mantenimiento_cierreordentrabajo_work_order_id_unique unique (work_order_id),
        constraint mantenimiento_cierreordentrabajo_actual_window_check check (actual_end >= actual_start),
        constraint mantenimiento_cierreordentrabajo_man_hours_check check (man_hours >= 0)
      );
      create index mantenimiento_cierreordentrabajo_closed_by_id_index on mantenimiento_cierreordentrabajo (closed_by_id);

      create table mantenimiento_respuestapaso (
        id serial primary key,
        work_order_id int not null constraint mantenimiento_respuestapaso_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        step_id int not null constraint mantenimiento_respuestapaso_step_id_foreign references mantenimiento_pasorutina (id) on update cascade on delete restrict,
        checked boolean null,
        number_value numeric(14,4) null,
        text_value text not null default '',
        comment text not null default '',
        answered_by_id int null constraint mantenimiento_respuestapaso_answered_by_id_foreign references auth_user (id) on update cascade on delete set null,
        answered_at timestamptz not null default now(),
        constraint mantenimiento_respuestapaso_work_order_id_step_id_unique unique (work_order_id, step_id)
      );
      create index mantenimiento_respuestapaso_step_id_index on mantenimiento_respuestapaso (step_id);
      create index mantenimiento_respuestapaso_answered_by_id_index on mantenimiento_respuestapaso (answered_by_id);

      create table mantenimiento_historialestado (
        id serial primary key,
        work_order_id int not null constraint mantenimiento_historialestado_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        user_id int null constraint mantenimiento_historialestado_user_id_foreign references auth_user (id) on update cascade on delete set null,
        at timestamptz not null default now(),
        from_status work_order_status null,
        to_status work_order_status not null,
        reason text not null default ''
      );
      create index mantenimiento_historialestado_work_order_id_index on mantenimiento_historialestado (work_order_id);
      create index mantenimiento_historialestado_user_id_index on mantenimiento_historialestado (user_id);

      create table mantenimiento_parada (
        id serial primary key,
        asset_id int not null constraint mantenimiento_parada_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        work_order_id int null constraint mantenimiento_parada_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete cascade,
        notice_id int null constraint mantenimiento_parada_notice_id_foreign references mantenimiento_aviso (id) on update cascade on delete cascade,
        started_at timestamptz not null,
        ended_at timestamptz null,
        constraint mantenimiento_parada_window_check check (ended_at is null or ended_at >= started_at),
        constraint mantenimiento_parada_source_check check ((work_order_id is null) <> (notice_id is null))
      );
      create index mantenimiento_parada_asset_id_index on mantenimiento_parada (asset_id);
      create index mantenimiento_parada_work_order_id_index on mantenimiento_parada (work_order_id);
      create index mantenimiento_parada_notice_id_index on mantenimiento_parada (notice_id);
      create index mantenimiento_parada_open_index on mantenimiento_parada (asset_id) where ended_at is null;

      create table mantenimiento_notificacion (
        id serial primary key,
        user_id int not null constraint mantenimiento_notificacion_user_id_foreign references auth_user (id) on update cascade on delete cascade,
        message varchar(500) not null,
        kind notification_kind not null default 'INFO',
        read boolean not null default false,
        work_order_id int null constraint mantenimiento_notificacion_work_order_id_foreign references mantenimiento_ordentrabajo (id) on update cascade on delete set null,
        created_at timestamptz not null default now()
      );
      create index mantenimiento_notificacion_user_id_index on mantenimiento_notificacion (user_id);
      create index mantenimiento_notificacion_work_order_id_index on mantenimiento_notificacion (work_order_id);
      create index mantenimiento_notificacion_unread_index on mantenimiento_notificacion (user_id, id desc) where not read;
      create index mantenimiento_notificacion_user_id_id_index on mantenimiento_notificacion (user_id, id desc);

      insert into auth_permission (app_label, codename, name)
      values ('mantenimiento', 'reopen_ordentrabajo', 'Can reopen completed work order');
    `);
    }
    async down() {
        this.addSql(`
      delete from auth_permission where app_label = 'mantenimiento' and codename = 'reopen_ordentrabajo';
      drop table if exists mantenimiento_notificacion;
      drop table if exists mantenimiento_parada;
      drop table if exists mantenimiento_historialestado;
      drop table if exists mantenimiento_respuestapaso;
      drop table if exists mantenimiento_cierreordentrabajo;
      drop table if exists mantenimiento_ordentrabajo_activos;
      drop table if exists mantenimiento_ordentrabajo_crew;
      drop table if exists mantenimiento_contadorotnp;
      drop table if exists mantenimiento_ordentrabajo;
      drop table if exists mantenimiento_aviso;
      drop table if exists mantenimiento_pasorutina;
      drop table if exists mantenimiento_rutina;
      drop table if exists mantenimiento_frecuencia;
      drop type if exists routine_step_answer_type;
      drop type if exists notification_kind;
      drop type if exists notice_status;
      drop type if exists notice_type;
      drop type if exists work_order_status;
      drop type if exists work_order_priority;
      drop type if exists work_order_type;
    `);
    }
};
