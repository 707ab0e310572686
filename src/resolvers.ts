import type { NonEmptyArray } from 'type-graphql';
import { catalogueResolvers } from './modules/assets/catalogue.resolvers';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { floorPlanResolvers } from './modules/floor-plans/floor-plan.resolvers';
import { GroupFieldsResolver, UserFieldsResolver } from './modules/auth/user-fields.resolver';
import { LiveResolver } from './modules/live/live.resolver';
import { maintenanceResolvers } from './modules/work-orders/maintenance.resolvers';
import { preventiveResolvers } from './modules/schedules/preventive.resolvers';
import { GroupAdminResolver } from './modules/users/group.resolver';
import { UserAdminResolver } from './modules/users/user.resolver';

// Every resolver class of the schema.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AuthResolver, UserFieldsResolver, GroupFieldsResolver, UserAdminResolver, GroupAdminResolver, ...catalogueResolvers, ...floorPlanResolvers, LiveResolver, ...maintenanceResolvers, ...preventiveResolvers, AuditResolver];
