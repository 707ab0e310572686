import { setupTestApp, type TestApp } from '../support/app';
import { loggedInClient } from '../support/factories';

// The request's EntityManager is forked on first use, also on the copy of the context that
// Apollo runs each operation on (a copy made with Object.assign reads every enumerable getter).

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

it('forks no EntityManager for a query that reads nothing through the ORM, and one for a query that does', async () => {
  const c = await loggedInClient(t, ['activos.view_activo']);
  const fork = jest.spyOn(t.orm.em, 'fork');
  try {
    const trivial = await c.gql('{ __typename }');
    expect({ status: trivial.status, body: trivial.body }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(fork).not.toHaveBeenCalled();

    const asset = await c.gql('query($id: ID!) { asset(id: $id) { id } }', { id: '987654' });
    expect(asset.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(fork).toHaveBeenCalledTimes(1);
  } finally {
    fork.mockRestore();
  }
});
