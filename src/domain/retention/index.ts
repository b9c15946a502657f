export { addMonths, mayDelete, retainedUntil } from './may-delete';
export { STORAGE_KEYS, storageKeyClass, storageKindOf, type StorageKeyClass, type StorageKind } from './storage-keys';
export { RETENTION_MIN_MONTHS, RetentionSchema, type Retention } from '../config/retention-schema';
