import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { buildBareSchema } from '../../src/schema';
import { setupTestApp, type TestApp } from '../support/app';
import { buildUser } from '../support/factories';

// Hostile text in every argument of every query and mutation (variables, so the GraphQL
// layer accepts them): the answer is data or a client error (BAD_USER_INPUT, NOT_FOUND,
// CONFLICT), never a 500, never SQL text, and the tables are all still there.

const PAYLOADS = [
  "'; drop table auth_user; --",
  "' or '1'='1",
  '%',
  '_',
  '\\',
  '%_\\%\\_',
  '"); select pg_sleep(5); --',
  'a\u0000b',
  '\ud800',
  'x'.repeat(5000),
];
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'TOO_MANY_REQUESTS']);
// What a leaked database error looks like (the payloads themselves may be echoed back).
const SQL_TEXT = /syntax error at|relation "|column "[^"]*" (does not|of relation)|violates .*constraint|invalid byte sequence|duplicate key value|unterminated quoted|transaction is aborted|knex|mikro-?orm|\.(ts|js):\d+/i;
// Changing the caller's own session is covered by the auth tests.
const SKIP = new Set(['login', 'logout']);

let t: TestApp;
let admin: { id: number; username: string; password: string };
beforeAll(async () => {
  t = await setupTestApp({ LOGIN_FAILURES_PER_USER: '1000', LOGIN_FAILURES_PER_ADDRESS: '100000' });
  admin = await buildUser(t, { isStaff: true, isSuperuser: true });
});
afterAll(async () => {
  await t.close();
});

function valueFor(type: GraphQLInputType, text: string, id: string, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, text, id, depth);
  if (isListType(type)) return [valueFor(type.ofType, text, id, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    if (depth > 3) return null;
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, text, id, depth + 1)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return text;
      case 'ID':
        return id;
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2026-01-01T00:00:00.000Z';
      default:
        return text;
    }
  }
  return null;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${kind} Probe${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

it('answers hostile text in every argument with data or a client error', async () => {
  const schema = await buildBareSchema();
  const c = t.client();
  await c.login(admin.username, admin.password);
  const failures: string[] = [];
  for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
    for (const field of Object.values(root.getFields())) {
      if (SKIP.has(field.name) || field.args.length === 0) continue;
      const op = operationFor(kind, field);
      for (const payload of PAYLOADS) {
        // Text in the strings with valid-looking ids, then text in the ids as well.
        for (const id of ['1', payload]) {
          const variables = Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, payload, id)]));
          const res = await c.gql(op, variables);
          const errors: Array<{ message: string; extensions?: Record<string, unknown> }> = res.body.errors ?? [];
          const bad = errors.filter((e) => !CLIENT_CODES.has(String(e.extensions?.code)) || SQL_TEXT.test(e.message));
          if (res.status >= 500 || bad.length) {
            failures.push(`${field.name} ${JSON.stringify(payload).slice(0, 30)} id=${id === '1' ? '1' : 'text'}: ${res.status} ${JSON.stringify(bad).slice(0, 300)}`);
          }
        }
      }
    }
  }
  expect(failures).toEqual([]);
  const [users] = await t.sql("select count(*)::int as n from auth_user");
  expect(users.n).toBeGreaterThan(0);
}, 240_000);

it('stores hostile text verbatim and finds it with the same text in a search', async () => {
  // A fresh account: the walk above may have changed the first one's password or flags.
  const editor = await buildUser(t, { isStaff: true, isSuperuser: true });
  const c = t.client();
  await c.login(editor.username, editor.password);
  for (const name of ["O'Brien %_\\ Ltd", "'; drop table activos_marca; --"]) {
    const res = await c.gql('mutation B($n: String!) { createBrand(input: { name: $n }) { name } }', { n: name });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.createBrand.name).toBe(name);
  }
  const [{ n }] = await t.sql("select count(*)::int as n from activos_marca where name like 'O''Brien%'");
  expect(n).toBe(1);
  // '%' and '_' are literal in searches, not wildcards.
  const users = await c.gql('query U($q: String) { users(filter: { q: $q }) { edges { node { username } } } }', { q: '%' });
  expect(users.body.errors).toBeUndefined();
  expect(users.body.data.users.edges).toEqual([]);
});

it('refuses NUL characters as BAD_USER_INPUT in literals, variables and REST bodies', async () => {
  const editor = await buildUser(t, { isStaff: true, isSuperuser: true });
  const c = t.client();
  await c.login(editor.username, editor.password);
  const literal = await c.gql('mutation { createBrand(input: { name: "a\\u0000b" }) { name } }');
  expect(literal.status).toBe(400);
  expect(literal.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'nul' });
  const variable = await c.gql('mutation B($n: String!) { createBrand(input: { name: $n }) { name } }', { n: 'a\u0000b' });
  expect(variable.status).toBe(400);
  expect(variable.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables.n' });
  const rest = await c.agent.post('/activos/api/guardar-pin/').set('X-CSRFToken', c.csrfToken).send({ viewer_id: 1, note: 'x\u0000' });
  expect(rest.status).toBe(400);
  expect(rest.body.code).toBe('BAD_USER_INPUT');
});
