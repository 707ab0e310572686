import { buildStaff } from '../support/factories';
import { setupTestApp, type TestApp, type HttpClient } from '../support/app';

// Hostile documents are refused before execution, whatever tricks they use.

let t: TestApp;
let c: HttpClient;
beforeAll(async () => {
  t = await setupTestApp();
  const u = await buildStaff(t);
  c = t.client();
  await c.login(u.username, u.password);
});
afterAll(async () => {
  await t.close();
});

function messages(res: { body: { errors?: Array<{ message: string }> } }): string {
  return (res.body.errors ?? []).map((e) => e.message).join('\n');
}

it('refuses a document deeper than the limit', async () => {
  const deep = `{ me { ${'groups { '.repeat(14)}id${' }'.repeat(14)} } }`;
  const res = await c.gql(deep);
  expect(res.status).toBe(400);
  expect(messages(res)).toMatch(/depth limit/i);
});

it('refuses depth hidden in fragments', async () => {
  // A valid document: each fragment is spread where its type fits, 14 levels down.
  const frags = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Location { id ${i < 13 ? `children { ...F${i + 1} }` : ''} }`);
  const res = await c.gql(`{ locationRoots { ...F0 } } ${frags.join(' ')}`);
  expect(res.status).toBe(400);
  expect(messages(res)).toMatch(/depth limit/i);
  expect(messages(res)).not.toMatch(/cannot be spread/i);
});

it('refuses too many aliases', async () => {
  const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ');
  const res = await c.gql(`{ ${aliases} }`);
  expect(res.status).toBe(400);
  expect(messages(res)).toMatch(/aliases/i);
});

it('refuses too many directives', async () => {
  const dirs = Array.from({ length: 40 }, () => '@include(if: true)').join(' ');
  const res = await c.gql(`{ me ${dirs} { id } }`);
  expect(res.status).toBe(400);
  expect(messages(res)).toMatch(/directives/i);
});

it('refuses a document with too many tokens', async () => {
  const fields = Array.from({ length: 3500 }, () => 'id').join(' ');
  const res = await c.gql(`{ me { ${fields} } }`);
  expect(res.status).toBe(400);
  expect(messages(res)).toMatch(/token/i);
});

it('hides field suggestions outside development', async () => {
  const res = await c.gql('{ me { usernam } }');
  expect(res.status).toBe(400);
  expect(messages(res)).not.toMatch(/Did you mean/);
});

it('still serves an ordinary query', async () => {
  const res = await c.gql('{ me { id username groups { name permissions { key } } } }');
  expect(res.status).toBe(200);
  expect(res.body.data.me.id).toBeDefined();
});
