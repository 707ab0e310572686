import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildBareSchema } from '../../src/schema';
import { permissions } from '../../src/permissions/permissions';

// Closed by default: every root field needs an explicit rule, and every object type
// must be listed in the permission tree (a new type cannot slip in unreviewed).

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBareSchema();
});

const tree = permissions as Record<string, Record<string, unknown>>;

it.each(['Query', 'Mutation', 'Subscription'])('gives every %s field an explicit rule', (root) => {
  const type = schema.getType(root);
  if (!type || !isObjectType(type)) return;
  const rules = tree[root] ?? {};
  expect(rules['*']).toBeUndefined();
  const missing = Object.keys(type.getFields()).filter((f) => !(f in rules));
  expect(missing).toEqual([]);
});

it('lists every object type of the schema in the permission tree', () => {
  const missing = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__'))
    .map((t) => t.name)
    .filter((name) => !(name in tree));
  expect(missing).toEqual([]);
});

it('has no rules for fields or types that do not exist', () => {
  const stale: string[] = [];
  for (const [typeName, rules] of Object.entries(tree)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) {
      stale.push(typeName);
      continue;
    }
    for (const field of Object.keys(rules)) {
      if (field !== '*' && !(field in type.getFields())) stale.push(`${typeName}.${field}`);
    }
  }
  expect(stale).toEqual([]);
});
