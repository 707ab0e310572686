import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../../src/schema';

// Plain @Field properties are simple fields (graphql's default resolver, no type-graphql
// wrapper per field and row). Simple fields skip type-graphql middlewares and @Authorized:
// this holds only while nothing declares them (the checks live in graphql-shield).

describe('simple fields', () => {
  it('are every plain field, and no type-graphql middleware or @Authorized exists', async () => {
    await buildAppSchema();
    const storage = getMetadataStorage();
    expect(storage.middlewares).toEqual([]);
    expect(storage.authorizedFields).toEqual([]);
    const plain = storage.fields.filter((f) => f.name === f.schemaName);
    expect(plain.length).toBeGreaterThan(100);
    expect(plain.filter((f) => f.simple !== true).map((f) => `${f.target.name}.${f.name}`)).toEqual([]);
  });
});
