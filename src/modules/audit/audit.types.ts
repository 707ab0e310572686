import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Connection } from '../../graphql/pagination';

export enum AuditAction {
  INSERT = 'insert',
  UPDATE = 'update',
  DELETE = 'delete',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType({ description: 'One changed column: its value before and after (null when the row did not exist).' })
export class AuditChange {
  @Field()
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  old!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  new!: unknown;
}

@ObjectType({ description: 'A change of one row, recorded in the same transaction as the change.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who made the change; null for system changes and logins.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'The X-Request-Id of the request that made the change.' })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: 'The mutation field, or `METHOD /path` for REST.' })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name the client sent.' })
  operationName!: string | null;

  @Field({ description: 'The table, e.g. activos_activo.' })
  entity!: string;

  @Field({ description: 'The primary key; comma-separated for link tables (user_id,group_id).' })
  entityId!: string;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => [AuditChange], { description: 'For updates only the changed columns; secrets show as "(hidden)".' })
  changes!: AuditChange[];
}

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');

@InputType({ description: 'Narrows the audit log; every given condition must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'A table (activos_activo) or an entity type name (Asset).' })
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exactly as recorded: a mutation field or `METHOD /path`.' })
  operation?: string | null;

  @Field(() => String, { nullable: true })
  requestId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Changes at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Changes before this time.' })
  to?: Date | null;
}
