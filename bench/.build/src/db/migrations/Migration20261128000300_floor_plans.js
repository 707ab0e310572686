"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261128000300_floor_plans", {
    enumerable: true,
    get: function() {
        return Migration20261128000300_floor_plans;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261128000300_floor_plans = class Migration20261128000300_floor_plans extends _migrations.Migration {
    async up() {
        this.addSql(`
      create table activos_plano (
        id serial primary key,
        name varchar(200) not null,
        location_id int null constraint activos_plano_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        image_file varchar(100) null,
        image_content_type varchar(50) null,
        image_url varchar(500) null,
        width int null,
        height int null,
        plan_type varchar(50) not null default '',
        document_number varchar(100) not null default '',
        title varchar(200) not null default '',
        description text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint activos_plano_name_unique unique (name),
        constraint activos_plano_width_check check (width is null or width > 0),
        constraint activos_plano_height_check check (height is null or height > 0),
        constraint activos_plano_image_file_check check (image_file is null or image_file ~ '^[0-9a-f]{32}\\.(png|jpg|svg)$')
      );
      create index activos_plano_location_id_index on activos_plano (location_id);

      create table activos_visorplano (
        id serial primary key,
        name varchar(200) not null,
        floor_plan_id int not null constraint activos_visorplano_floor_plan_id_foreign references activos_plano (id) on update cascade on delete restrict,
        description text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index activos_visorplano_floor_plan_id_index on activos_visorplano (floor_plan_id);

      create table activos_pinplano (
        id serial primary key,
        viewer_id int not null constraint activos_pinplano_viewer_id_foreign references activos_visorplano (id) on update cascade on delete restrict,
        asset_id int null constraint activos_pinplano_asset_id_foreign references activos_activo (id) on update cascade on delete restrict,
        notice_id int null,
        location_id int null constraint activos_pinplano_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        x double precision not null,
        y double precision not null,
        width double precision not null default 0,
        height double precision not null default 0,
        color varchar(7) not null default '#FF0000',
        note text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- 'NaN' sorts above 'Infinity' in PostgreSQL, so "< 'Infinity'" rules out both.
        constraint activos_pinplano_x_check check (x >= 0 and x < 'Infinity'),
        constraint activos_pinplano_y_check check (y >= 0 and y < 'Infinity'),
        constraint activos_pinplano_width_check check (width >= 0 and width < 'Infinity'),
        constraint activos_pinplano_height_check check (height >= 0 and height < 'Infinity'),
        constraint activos_pinplano_color_check check (color ~ '^#[0-9A-Fa-f]{6}$')
      );
      -- A viewer's pins are read together: (viewer_id, id) serves that scan in pin order.
      -- On large installations, "cluster activos_pinplano using activos_pinplano_viewer_id_id_index"
      -- (run in a maintenance window; it takes an exclusive lock) keeps them on adjacent pages.
      create index activos_pinplano_viewer_id_id_index on activos_pinplano (viewer_id, id);
      -- At most one pin per asset per viewer.
      create unique index activos_pinplano_viewer_id_asset_id_unique on activos_pinplano (viewer_id, asset_id) where asset_id is not null;
      create index activos_pinplano_asset_id_index on activos_pinplano (asset_id) where asset_id is not null;
      create index activos_pinplano_notice_id_index on activos_pinplano (notice_id) where notice_id is not null;
      create index activos_pinplano_location_id_index on activos_pinplano (location_id) where location_id is not null;

      alter table activos_activo add column main_floor_plan_id int null
        constraint activos_activo_main_floor_plan_id_foreign references activos_plano (id) on update cascade on delete set null;
      create index activos_activo_main_floor_plan_id_index on activos_activo (main_floor_plan_id) where main_floor_plan_id is not null;
    `);
    }
    async down() {
        this.addSql(`
      alter table activos_activo drop column if exists main_floor_plan_id;
      drop table if exists activos_pinplano;
      drop table if exists activos_visorplano;
      drop table if exists activos_plano;
    `);
    }
};
