import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from './modules/auth/auth.resolver';
import { GroupFieldsResolver, UserFieldsResolver } from './modules/auth/user-fields.resolver';

// Every resolver class of the schema.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AuthResolver, UserFieldsResolver, GroupFieldsResolver];
