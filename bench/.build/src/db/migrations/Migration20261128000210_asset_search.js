"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Migration20261128000210_asset_search", {
    enumerable: true,
    get: function() {
        return Migration20261128000210_asset_search;
    }
});
const _migrations = require("@mikro-orm/migrations");
let Migration20261128000210_asset_search = class Migration20261128000210_asset_search extends _migrations.Migration {
    async up() {
        this.addSql(`
      create extension if not exists pg_trgm;

      -- One trigram index over every searched column (substring search of 3+ characters).
      -- The separator (unit separator, never in a search term) keeps matches inside one column.
      create index activos_activo_search_trgm_index on activos_activo using gin (
        (lower(name) || E'\\x1f' || internal_code || E'\\x1f' || lower(serial_number) || E'\\x1f' || lower(description)) gin_trgm_ops
      );
      -- Name order: walked with a filter when a common term matches a large share of rows,
      -- read by ranges for name prefixes (terms of 1-2 characters), and the keyset of the asset list.
      create index activos_activo_name_id_index on activos_activo (name, id);
      -- Code prefixes (terms of 1-2 characters).
      create index activos_activo_internal_code_prefix_index on activos_activo (internal_code text_pattern_ops);
      create index activos_activo_state_index on activos_activo (state);

      create index activos_modelo_name_trgm_index on activos_modelo using gin (lower(name) gin_trgm_ops);
      create index activos_marca_name_trgm_index on activos_marca using gin (lower(name) gin_trgm_ops);
    `);
    }
    async down() {
        this.addSql(`
      drop index if exists activos_marca_name_trgm_index;
      drop index if exists activos_modelo_name_trgm_index;
      drop index if exists activos_activo_state_index;
      drop index if exists activos_activo_internal_code_prefix_index;
      drop index if exists activos_activo_name_id_index;
      drop index if exists activos_activo_search_trgm_index;
    `);
    }
};
