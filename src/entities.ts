import { Group } from './modules/auth/group.entity';
import { Permission } from './modules/auth/permission.entity';
import { User } from './modules/auth/user.entity';

// Every MikroORM entity, listed explicitly (no folder scanning at start-up).
export const entities = [Permission, Group, User];
