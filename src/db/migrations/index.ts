import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000100_auth } from './Migration20261128000100_auth';
import { Migration20261128000200_catalogue } from './Migration20261128000200_catalogue';
import { Migration20261128000210_asset_search } from './Migration20261128000210_asset_search';
import { Migration20261128000300_floor_plans } from './Migration20261128000300_floor_plans';
import { Migration20261128000400_maintenance } from './Migration20261128000400_maintenance';
import { Migration20261128000410_pin_notice_fk } from './Migration20261128000410_pin_notice_fk';
import { Migration20261128000500_preventive } from './Migration20261128000500_preventive';
import { Migration20261128000600_audit } from './Migration20261128000600_audit';

// Every migration, in order. Listed explicitly so compiled and test builds find the same set.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128000100_auth', class: Migration20261128000100_auth },
  { name: 'Migration20261128000200_catalogue', class: Migration20261128000200_catalogue },
  { name: 'Migration20261128000210_asset_search', class: Migration20261128000210_asset_search },
  { name: 'Migration20261128000300_floor_plans', class: Migration20261128000300_floor_plans },
  { name: 'Migration20261128000400_maintenance', class: Migration20261128000400_maintenance },
  { name: 'Migration20261128000410_pin_notice_fk', class: Migration20261128000410_pin_notice_fk },
  { name: 'Migration20261128000500_preventive', class: Migration20261128000500_preventive },
  { name: 'Migration20261128000600_audit', class: Migration20261128000600_audit },
];
