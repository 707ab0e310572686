import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { can, isAuthenticated } from './rules';

// The whole permission tree. Closed by default: a Query or Mutation field missing here
// is denied, and test/permissions/permissions.test.ts fails until it gets a rule.
// Object types are listed with the rules of their fields that reach another model.

export const permissions: IRules = {
  Query: {
    me: isAuthenticated,
  },
  Mutation: {
    login: allow,
    logout: isAuthenticated,
    changePassword: isAuthenticated,
  },
  User: { '*': allow },
  Group: { '*': allow },
  Permission: { '*': allow },
};
