import { execute, parse, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { createContext } from '../../src/context';
import { parseConfig } from '../../src/config';
import { buildAppSchema } from '../../src/schema';
import { compileWeight, createJitExecutor, MAX_COMPILED_FIELDS } from '../../src/graphql/jit-executor';
import { loadAuthUser, type AuthUser } from '../../src/modules/auth/auth-user';
import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, loggedInClient } from '../support/factories';
import { buildSite, buildWorkOrder, WO_ALL, type Site } from '../support/maintenance-factories';

// The compiled executor must answer exactly what graphql-js answers: data, errors (message,
// path, extensions) and variable coercion, for every kind of variable and selection.

let t: TestApp;
let schema: GraphQLSchema;
let user: AuthUser;
let site: Site;
let orderId: number;

beforeAll(async () => {
  t = await setupTestApp();
  schema = await buildAppSchema();
  site = await buildSite(t, 3);
  orderId = await buildWorkOrder(t, { locationId: site.roomId, status: 'SCHEDULED', scheduledStart: '2026-03-10T08:00:00Z', assetIds: site.assetIds });
  const staff = await buildStaff(t, [...WO_ALL, 'activos.view_activo', 'activos.view_ubicacion']);
  user = (await loadAuthUser(t.orm.em.fork(), staff.id, t.config.session.secrets[0]!))!;
});
afterAll(async () => {
  await t.close();
});

const SEARCH = 'query S($q: String!, $limit: Int! = 2, $deep: Boolean = false) { searchAssets(q: $q, limit: $limit, includeDescendants: $deep) { id name ...Place } } fragment Place on Asset { location { name } }';
const ORDERS = `query O($filter: WorkOrderFilter, $first: Int! = 5, $withAssets: Boolean!) {
  workOrders(filter: $filter, first: $first) { edges { node { code status scheduledStart assets @include(if: $withAssets) { name } } } pageInfo { hasNextPage } }
}`;

const CASES: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  // (orderId is known once beforeAll ran: the case reads it through a getter)
  { name: 'a non-null variable left to its default', query: SEARCH, variables: { q: 'pump' } },
  { name: 'aliases, __typename and a fragment', query: '{ a: searchAssets(q: "pump", limit: 1) { __typename id } b: searchAssets(q: "zz") { id } }' },
  { name: 'an input object with a list given as one value, a date and @include', query: ORDERS, variables: { filter: { status: 'SCHEDULED', scheduledFrom: '2026-03-01T00:00:00Z' }, withAssets: true } },
  { name: 'an input object variable left out, @include false', query: ORDERS, variables: { withAssets: false } },
  { name: 'a resolver refusing with NOT_FOUND', query: 'query W($id: ID!) { workOrder(id: $id) { code } }', variables: { id: '999999' } },
  { name: 'a resolver refusing with BAD_USER_INPUT', query: 'query W($id: ID!) { workOrder(id: $id) { code } }', variables: { id: 'x' } },
  {
    name: 'an ID given as a number',
    query: 'query W($id: ID!) { workOrder(id: $id) { code assets { name } } }',
    variables: {
      get id() {
        return orderId;
      },
    },
  },
  { name: 'a wrong variable type', query: SEARCH, variables: { q: 'pump', limit: 'two' } },
  { name: 'a missing required variable', query: SEARCH, variables: {} },
  { name: 'a field out of range (checked by the resolver)', query: SEARCH, variables: { q: 'pump', limit: 500 } },
];

function comparable(r: ExecutionResult): unknown {
  return JSON.parse(JSON.stringify({ data: r.data, errors: r.errors?.map((e) => ({ message: e.message, path: e.path, locations: e.locations, extensions: e.extensions })) }));
}

describe('the compiled executor', () => {
  it.each(CASES)('answers what graphql-js answers: $name', async ({ query, variables }) => {
    const document = parse(query);
    const reference = await execute({ schema, document, variableValues: variables, contextValue: createContext(t.app.services, user) });
    const jit = createJitExecutor(schema, { cacheSize: 10, compileAfter: 0 });
    const compiled = await jit({ document, variables, context: createContext(t.app.services, user), queryHash: query });
    expect(jit.compiledOperations()).toBe(1);
    expect(comparable(compiled)).toEqual(comparable(reference));
    // Not vacuous: the cases answer data or the errors they are named after.
    expect(reference.data ?? reference.errors).toBeTruthy();
  });

  it('runs a document on graphql-js until it was used compileAfter times, then compiled, with the same answer', async () => {
    const jit = createJitExecutor(schema, { cacheSize: 10, compileAfter: 2 });
    const document = parse(SEARCH);
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(comparable(await jit({ document, variables: { q: 'pump' }, context: createContext(t.app.services, user), queryHash: 'h' })));
      expect(jit.compiledOperations()).toBe(i < 2 ? 0 : 1);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect((answers[0] as { data: { searchAssets: unknown[] } }).data.searchAssets).toHaveLength(2);
  });

  it('keeps at most cacheSize documents, dropping the least recently used', async () => {
    const jit = createJitExecutor(schema, { cacheSize: 2, compileAfter: 0 });
    const run = (limit: number) =>
      jit({ document: parse(`{ searchAssets(q: "pump", limit: ${limit}) { id } }`), context: createContext(t.app.services, user), queryHash: `q${limit}` });
    for (const limit of [1, 2, 3, 1]) expect((await run(limit)).errors).toBeUndefined();
    expect(jit.compiledOperations()).toBe(2);
  });

  it('answers variable errors over HTTP as graphql-js does: 400 BAD_USER_INPUT naming the variable', async () => {
    const client = await loggedInClient(t, ['activos.view_activo']);
    expect((await client.gql(SEARCH, { q: 'a' })).status).toBe(200);
    const res = await client.gql(SEARCH, { q: 'a', limit: 'two' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      message: 'Variable "$limit" got invalid value "two"; Int cannot represent non-integer value: "two"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('can be switched off (GRAPHQL_JIT=false)', () => {
    const base = { NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(48) };
    expect(parseConfig(base).graphql.jit).toEqual({ compileAfter: 1 });
    expect(parseConfig({ ...base, GRAPHQL_JIT: 'false' }).graphql.jit).toBeNull();
  });
});

describe('what is compiled', () => {
  it('leaves introspection and operations over MAX_COMPILED_FIELDS to graphql-js, with the same answers', async () => {
    const jit = createJitExecutor(schema, { cacheSize: 10, compileAfter: 0 });
    const introspection = parse('{ __schema { queryType { name } } }');
    const r1 = await jit({ document: introspection, context: createContext(t.app.services, user), queryHash: 'i' });
    expect(r1.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const wide = `{ ${Array.from({ length: MAX_COMPILED_FIELDS }, (_, i) => `f${i}: searchAssets(q: "pump", limit: 1) { id }`).join(' ')} }`;
    const r2 = await jit({ document: parse(wide), context: createContext(t.app.services, user), queryHash: 'w' });
    expect(Object.keys(r2.data!)).toHaveLength(MAX_COMPILED_FIELDS);
    expect(jit.compiledOperations()).toBe(0);
  });

  it('counts fields through fragments, inline fragments and nesting', () => {
    const document = parse('query Q { a { b c ...F ... on T { d } } } fragment F on T { e { f } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(compileWeight(document, operation, 100)).toEqual({ fields: 6, introspection: false });
    expect(compileWeight(document, operation, 3).fields).toBeGreaterThan(3);
    expect(compileWeight(parse('{ __type(name: "Asset") { name } }'), parse('{ __type(name: "Asset") { name } }').definitions[0] as OperationDefinitionNode, 10).introspection).toBe(true);
  });
});

describe('simple fields', () => {
  it('exist only because no type-graphql middleware or @Authorized is declared (simple fields would skip them)', async () => {
    const { getMetadataStorage } = await import('type-graphql');
    const storage = getMetadataStorage();
    expect(storage.middlewares).toEqual([]);
    expect(storage.authorizedFields).toEqual([]);
    expect(storage.fields.filter((f) => f.name === f.schemaName).every((f) => f.simple === true)).toBe(true);
  });
});
