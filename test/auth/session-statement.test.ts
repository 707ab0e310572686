import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff } from '../support/factories';

// The session row is read with a prepared (named) statement. A migration that changes a column
// it returns makes PostgreSQL refuse the statement prepared before ("cached plan must not
// change result type"); sessions must keep working, not fail until the server restarts.

let t: TestApp;

beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

it('keeps reading sessions after a column the statement returns changed type', async () => {
  const u = await buildStaff(t);
  const c = t.client();
  await c.login(u.username, u.password);
  // Several requests at once, so the statement is prepared on more than one connection.
  const before = await Promise.all(Array.from({ length: 6 }, () => c.gql('{ me { username } }')));
  expect(before.map((r) => r.body.data?.me?.username)).toEqual(Array(6).fill(u.username));

  await t.sql('alter table auth_user alter column username type varchar(160)');
  const after = await Promise.all(Array.from({ length: 6 }, () => c.gql('{ me { username } }')));
  expect(after.map((r) => [r.status, r.body.errors, r.body.data?.me?.username])).toEqual(Array(6).fill([200, undefined, u.username]));
  const again = await c.gql('{ me { username } }');
  expect(again.body.data?.me?.username).toBe(u.username);
});
