import { Connection } from '../../graphql/pagination';
import { Asset } from './asset.entity';

export const AssetConnection = Connection(Asset, 'Asset');
export type AssetConnection = InstanceType<typeof AssetConnection>;
