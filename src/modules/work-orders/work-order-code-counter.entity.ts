import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** `mantenimiento_contadorotnp`: the last OTNP number handed out per year. */
@Entity({ tableName: 'mantenimiento_contadorotnp' })
export class WorkOrderCodeCounter {
  @PrimaryKey({ autoincrement: false })
  year!: number;

  @Property()
  lastValue!: number;
}
