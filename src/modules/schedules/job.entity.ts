import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { Schedule } from './schedule.entity';

export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(JobStatus, { name: 'JobStatus' });

@ObjectType('GenerationResult')
export class GenerationResult {
  @Field(() => Int)
  ordersCreated!: number;

  @Field(() => Int, { description: '(cycle, asset) pairs covered by the new orders.' })
  assetCyclesCreated!: number;

  @Field(() => Int, { description: '(cycle, asset) pairs that already had an order.' })
  assetCyclesExisting!: number;

  @Field(() => Int, { description: 'Orders that found no free calendar window within a year of their cycle; a later run retries them.' })
  unplaced!: number;

  @Field(() => Int)
  durationMs!: number;
}

/** `mantenimiento_job`: work run in the background (schedule generation), with its progress. */
@ObjectType('MaintenanceJob')
@Entity({ tableName: 'mantenimiento_job' })
export class MaintenanceJob {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 40 })
  kind!: string;

  @Field(() => JobStatus)
  @Enum({ items: () => JobStatus, default: JobStatus.QUEUED })
  status: JobStatus = JobStatus.QUEUED;

  @Index()
  @ManyToOne(() => Schedule, { nullable: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  schedule?: Ref<Schedule> | null;

  @Property({ type: 'json', default: '{}' })
  params: Record<string, unknown> = {};

  @Field(() => Int, { description: '0 to 100.' })
  @Property({ default: 0 })
  progress: number = 0;

  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => Int)
  @Property({ default: 0 })
  attempts: number = 0;

  @Property({ length: 64, nullable: true })
  runner?: string | null;

  @Property({ type: 'datetime', nullable: true })
  heartbeatAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  createdBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => ID, { nullable: true })
  scheduleId?: number | null;

  @Field(() => GenerationResult, { nullable: true, description: 'For GENERATE_SCHEDULE jobs that succeeded.' })
  generation?: GenerationResult | null;
}
