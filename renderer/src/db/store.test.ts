import { storeContract } from '@tests/helpers/store-contract';
import { freshDb } from '@tests/helpers/db';
import { installDeviceId } from './replication';
import { dexieStore } from './store';

storeContract(
  'Dexie',
  async () => {
    const db = freshDb();
    await db.open();
    return dexieStore(db);
  },
  () => installDeviceId(),
);
