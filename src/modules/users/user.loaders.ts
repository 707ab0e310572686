import type { Context } from '../../context';
import { User } from '../auth/user.entity';

/** Users by id, one statement per request for all of them (responsibles, technicians, actors...). */
export function userById(ctx: Context) {
  return ctx.loaders.get<number, User | null>('catalogue.user.byId', async (ids) => {
    const users = await ctx.em.find(User, { id: { $in: [...ids] } });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
