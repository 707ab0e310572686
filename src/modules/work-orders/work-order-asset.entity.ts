import { Entity, Index, ManyToOne, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Asset } from '../assets/asset.entity';
import { WorkOrder } from './work-order.entity';

/**
 * `mantenimiento_ordentrabajo_activos`: the assets of an order. Its own entity so the
 * asset side restricts deletes (an asset on an order is never dropped silently).
 */
@Entity({ tableName: 'mantenimiento_ordentrabajo_activos' })
export class WorkOrderAsset {
  @ManyToOne(() => WorkOrder, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  workOrder!: Ref<WorkOrder>;

  @Index()
  @ManyToOne(() => Asset, { primary: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  asset!: Ref<Asset>;

  [PrimaryKeyProp]?: ['workOrder', 'asset'];
}
