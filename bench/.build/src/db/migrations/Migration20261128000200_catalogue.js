"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261128000200_catalogue", {
    enumerable: true,
    get: function() {
        return Migration20261128000200_catalogue;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261128000200_catalogue = class Migration20261128000200_catalogue extends _migrations.Migration {
    async up() {
        this.addSql(`
      create type location_type as enum ('BUILDING', 'LEVEL', 'SPACE', 'WAREHOUSE', 'OTHER');
      create type asset_state as enum ('OPERATIONAL', 'MAINTENANCE', 'REPAIR', 'OUT_OF_SERVICE', 'OBSOLETE');

      create table activos_marca (
        id serial primary key,
        name varchar(100) not null,
        constraint activos_marca_name_unique unique (name)
      );

      create table activos_categoria (
        id serial primary key,
        name varchar(100) not null,
        parent_id int null constraint activos_categoria_parent_id_foreign references activos_categoria (id) on update cascade on delete restrict,
        icon varchar(50) not null default 'location',
        description text not null default '',
        constraint activos_categoria_name_unique unique (name)
      );
      create index activos_categoria_parent_id_index on activos_categoria (parent_id);

      create table activos_ubicacion (
        id serial primary key,
        name varchar(150) not null,
        parent_id int null constraint activos_ubicacion_parent_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        type location_type not null default 'OTHER',
        qr_code varchar(100) null,
        description text not null default '',
        sort_order int not null default 0,
        is_warehouse boolean not null default false,
        constraint activos_ubicacion_qr_code_unique unique (qr_code)
      );
      create index activos_ubicacion_parent_id_index on activos_ubicacion (parent_id);
      -- Unique among siblings (roots included).
      create unique index activos_ubicacion_sibling_name_unique on activos_ubicacion (coalesce(parent_id, 0), name);

      create table activos_modelo (
        id serial primary key,
        name varchar(150) not null,
        brand_id int not null constraint activos_modelo_brand_id_foreign references activos_marca (id) on update cascade on delete restrict,
        category_id int not null constraint activos_modelo_category_id_foreign references activos_categoria (id) on update cascade on delete restrict,
        description text not null default '',
        image_url varchar(500) null,
        average_price numeric(14,2) null,
        constraint activos_modelo_brand_id_name_unique unique (brand_id, name)
      );
      create index activos_modelo_category_id_index on activos_modelo (category_id);

      create table activos_activo (
        id serial primary key,
        name varchar(200) not null,
        internal_code varchar(30) not null,
        epc varchar(64) null,
        serial_number varchar(100) not null default '',
        reference varchar(100) not null default '',
        model_id int not null constraint activos_activo_model_id_foreign references activos_modelo (id) on update cascade on delete restrict,
        category_id int not null constraint activos_activo_category_id_foreign references activos_categoria (id) on update cascade on delete restrict,
        description text not null default '',
        purchase_date date null,
        cost numeric(14,2) null,
        state asset_state not null default 'OPERATIONAL',
        responsible_id int null constraint activos_activo_responsible_id_foreign references auth_user (id) on update cascade on delete set null,
        parent_id int null constraint activos_activo_parent_id_foreign references activos_activo (id) on update cascade on delete restrict,
        location_id int not null constraint activos_activo_location_id_foreign references activos_ubicacion (id) on update cascade on delete restrict,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint activos_activo_internal_code_unique unique (internal_code),
        constraint activos_activo_epc_unique unique (epc),
        constraint activos_activo_internal_code_check check (internal_code ~ '^[0-9]+$')
      );
      create index activos_activo_category_id_index on activos_activo (category_id);
      create index activos_activo_model_id_index on activos_activo (model_id);
      create index activos_activo_location_id_index on activos_activo (location_id);
      create index activos_activo_parent_id_index on activos_activo (parent_id) where parent_id is not null;
      create index activos_activo_responsible_id_index on activos_activo (responsible_id) where responsible_id is not null;
    `);
    }
    async down() {
        this.addSql(`
      drop table if exists activos_activo;
      drop table if exists activos_modelo;
      drop table if exists activos_ubicacion;
      drop table if exists activos_categoria;
      drop table if exists activos_marca;
      drop type if exists asset_state;
      drop type if exists location_type;
    `);
    }
};
