/**
 * The database's schema, versioned: each migration takes the database from one version to the
 * next and keeps what is stored. A new version adds a step at the end of `MIGRATIONS`; a step
 * that was shipped is never edited, since a reader's database may stand at any version.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { EntityRecord, StoryRecord } from './types';

export const MEMORY_DB_NAME = 'newslens-memory';

export interface MemorySchema extends DBSchema {
  stories: {
    key: string;
    value: StoryRecord;
    indexes: { readAt: number; entityIds: number; site: string };
  };
  entities: {
    key: number;
    value: EntityRecord;
    indexes: { keys: string; surname: string };
  };
}

export type MemoryDb = IDBPDatabase<MemorySchema>;

/** The upgrade transaction a step runs in, over every store. */
export type UpgradeTransaction = IDBPTransaction<MemorySchema, StoreNames<MemorySchema>[], 'versionchange'>;

/** One step from version n to n + 1 (the step at index n). */
export type Migration = (db: MemoryDb, tx: UpgradeTransaction) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: stories by address, with the time they were read and the entities they name;
  // entities with every name they were met under and, for people, their surname.
  (db) => {
    const stories = db.createObjectStore('stories', { keyPath: 'url' });
    stories.createIndex('readAt', 'readAt');
    stories.createIndex('entityIds', 'entityIds', { multiEntry: true });
    const entities = db.createObjectStore('entities', { keyPath: 'id', autoIncrement: true });
    entities.createIndex('keys', 'keys', { multiEntry: true });
    entities.createIndex('surname', 'surname');
  },
  // 1 → 2: stories by site, so forgetting a site reads its stories only (the index is built
  // from the stories already kept).
  (_db, tx) => {
    tx.objectStore('stories').createIndex('site', 'site');
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Run the steps from `oldVersion` up to `newVersion`, in order, in the upgrade's transaction. */
export function migrate(
  db: MemoryDb,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  for (let version = oldVersion; version < newVersion; version += 1) migrations[version]?.(db, tx);
}
