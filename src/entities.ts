import { Group } from './modules/auth/group.entity';
import { Permission } from './modules/auth/permission.entity';
import { User } from './modules/auth/user.entity';
import { Asset } from './modules/assets/asset.entity';
import { Brand } from './modules/brands/brand.entity';
import { Category } from './modules/categories/category.entity';
import { Location } from './modules/locations/location.entity';
import { Model } from './modules/models/model.entity';
import { FloorPlan } from './modules/floor-plans/floor-plan.entity';
import { Pin } from './modules/floor-plans/pin.entity';
import { Viewer } from './modules/floor-plans/viewer.entity';
import { maintenanceEntities } from './modules/work-orders/maintenance-entities';
import { preventiveEntities } from './modules/schedules/preventive-entities';

// Every MikroORM entity, listed explicitly (no folder scanning at start-up).
export const entities = [Permission, Group, User, Category, Location, Brand, Model, Asset, FloorPlan, Viewer, Pin, ...maintenanceEntities, ...preventiveEntities];
