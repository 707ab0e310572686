import 'reflect-metadata';
import { fail, openForCli } from '../../cli/bootstrap';
import { seedDemo } from './demo-seeder';
import { seedDemoPlansAndOrders } from './demo-plans';

// npm run seed:demo: loads the demo catalogue into the server's database (embedded or
// DATABASE_URL). Safe to run again: nothing is duplicated.

async function run(): Promise<void> {
  const rt = await openForCli();
  try {
    const created = await seedDemo(rt.orm.em.fork());
    const total = Object.values(created).reduce((a, b) => a + b, 0);
    process.stdout.write(
      total
        ? `Demo catalogue loaded: ${created.categories} categories, ${created.locations} locations, ${created.brands} brands, ${created.models} models, ${created.assets} assets.\n`
        : 'Demo catalogue already present; nothing added.\n',
    );
    // The plan, pins, notice and orders need a user to file and work them: the first superuser.
    const [owner] = await rt.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ id: number }>>('select id from auth_user where is_superuser and is_active order by id limit 1');
    if (!owner) {
      process.stdout.write('No superuser yet: create one (npm run createsuperuser) and run seed:demo again for the floor plan and work orders.\n');
    } else {
      const more = await seedDemoPlansAndOrders(rt.orm.em.fork(), rt.config, owner.id);
      process.stdout.write(
        more.floorPlans
          ? `Demo floor plan loaded: ${more.pins} pins, ${more.notices} notice, ${more.workOrders} work orders.\n`
          : 'Demo floor plan already present; nothing added.\n',
      );
    }
  } finally {
    await rt.close();
  }
}

run().catch((err) => fail(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}`));
