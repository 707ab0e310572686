"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261128000100_auth", {
    enumerable: true,
    get: function() {
        return Migration20261128000100_auth;
    }
});
const _migrations = require("@mikro-orm/migrations");
// Users, groups and permissions with Django's table names (existing data imports as is),
// the session table used by connect-pg-simple, the login throttling table, and the default permissions of every model.
const MODELS = [
    [
        'auth',
        'user',
        'user'
    ],
    [
        'auth',
        'group',
        'group'
    ],
    [
        'activos',
        'activo',
        'asset'
    ],
    [
        'activos',
        'categoria',
        'category'
    ],
    [
        'activos',
        'ubicacion',
        'location'
    ],
    [
        'activos',
        'marca',
        'brand'
    ],
    [
        'activos',
        'modelo',
        'model'
    ],
    [
        'activos',
        'plano',
        'floor plan'
    ],
    [
        'activos',
        'visorplano',
        'floor plan viewer'
    ],
    [
        'activos',
        'pinplano',
        'floor plan pin'
    ],
    [
        'mantenimiento',
        'ordentrabajo',
        'work order'
    ],
    [
        'mantenimiento',
        'aviso',
        'notice'
    ],
    [
        'mantenimiento',
        'rutina',
        'routine'
    ],
    [
        'mantenimiento',
        'pasorutina',
        'routine step'
    ],
    [
        'mantenimiento',
        'frecuencia',
        'frequency'
    ],
    [
        'mantenimiento',
        'programacion',
        'schedule'
    ],
    [
        'mantenimiento',
        'cierreordentrabajo',
        'work order closure'
    ]
];
let Migration20261128000100_auth = class Migration20261128000100_auth extends _migrations.Migration {
    async up() {
        this.addSql(`
      create table auth_permission (
        id serial primary key,
        app_label varchar(100) not null,
        codename varchar(100) not null,
        name varchar(255) not null,
        constraint auth_permission_app_label_codename_unique unique (app_label, codename)
      );
      create table auth_group (
        id serial primary key,
        name varchar(150) not null,
        constraint auth_group_name_unique unique (name)
      );
      create table auth_group_permissions (
        group_id int not null constraint auth_group_permissions_group_id_foreign references auth_group (id) on update cascade on delete cascade,
        permission_id int not null constraint auth_group_permissions_permission_id_foreign references auth_permission (id) on update cascade on delete cascade,
        primary key (group_id, permission_id)
      );
      create index auth_group_permissions_permission_id_index on auth_group_permissions (permission_id);
      create table auth_user (
        id serial primary key,
        password varchar(128) not null,
        last_login timestamptz null,
        is_superuser boolean not null default false,
        username varchar(150) not null,
        first_name varchar(150) not null default '',
        last_name varchar(150) not null default '',
        email varchar(254) not null default '',
        is_staff boolean not null default false,
        is_active boolean not null default true,
        date_joined timestamptz not null default now(),
        constraint auth_user_username_unique unique (username)
      );
      create table auth_user_groups (
        user_id int not null constraint auth_user_groups_user_id_foreign references auth_user (id) on update cascade on delete cascade,
        group_id int not null constraint auth_user_groups_group_id_foreign references auth_group (id) on update cascade on delete cascade,
        primary key (user_id, group_id)
      );
      create index auth_user_groups_group_id_index on auth_user_groups (group_id);
      create table auth_user_user_permissions (
        user_id int not null constraint auth_user_user_permissions_user_id_foreign references auth_user (id) on update cascade on delete cascade,
        permission_id int not null constraint auth_user_user_permissions_permission_id_foreign references auth_permission (id) on update cascade on delete cascade,
        primary key (user_id, permission_id)
      );
      create index auth_user_user_permissions_permission_id_index on auth_user_user_permissions (permission_id);

      create table http_session (
        sid varchar not null primary key,
        sess json not null,
        expire timestamp(6) not null
      );
      create index http_session_expire_index on http_session (expire);
      create index http_session_user_index on http_session ((sess ->> 'userId'));

      -- rate-limiter-flexible's table for login throttling (per account and per address).
      create table login_throttle (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );
    `);
        const rows = [];
        for (const [app, model, verbose] of MODELS){
            for (const action of [
                'add',
                'change',
                'delete',
                'view'
            ]){
                rows.push(`('${app}', '${action}_${model}', 'Can ${action} ${verbose}')`);
            }
        }
        this.addSql(`insert into auth_permission (app_label, codename, name) values ${rows.join(',\n')};`);
    }
    async down() {
        this.addSql(`
      drop table if exists login_throttle;
      drop table if exists http_session;
      drop table if exists auth_user_user_permissions;
      drop table if exists auth_user_groups;
      drop table if exists auth_user;
      drop table if exists auth_group_permissions;
      drop table if exists auth_group;
      drop table if exists auth_permission;
    `);
    }
};
