import { ormOptions } from './src/db/orm';

// Used by the MikroORM CLI (`npx mikro-orm ...`); the server builds the same options
// in src/db/orm.ts. Needs DATABASE_URL.
export default ormOptions(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/cmms', undefined, {
  migrations: { path: './src/db/migrations', pathTs: './src/db/migrations', snapshot: false },
});
