import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000100_auth } from './Migration20261128000100_auth';
import { Migration20261128000200_catalogue } from './Migration20261128000200_catalogue';

// Every migration, in order. Listed explicitly so compiled and test builds find the same set.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128000100_auth', class: Migration20261128000100_auth },
  { name: 'Migration20261128000200_catalogue', class: Migration20261128000200_catalogue },
];
