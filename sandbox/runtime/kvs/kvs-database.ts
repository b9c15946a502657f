import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface StoredRow {
  readonly key: string;
  readonly value: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireAt: number | null;
}

interface RawRow {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

function toStored(row: RawRow): StoredRow {
  return { key: row.key, value: row.value, createdAt: row.created_at, updatedAt: row.updated_at, expireAt: row.expire_at };
}

/**
 * The sandbox's on-disk state: one SQLite file in WAL mode. A killed process loses nothing committed; with
 * `synchronous=NORMAL` an OS crash may lose the last commits but never leaves the file inconsistent — a fair trade
 * for a demo that fires hundreds of scheduled runs when its clock jumps a day. Namespaces keep plain keys, secrets
 * and each custom entity apart.
 */
export class KvsDatabase {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'kvs.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS kv (
        ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
        created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
        PRIMARY KEY (ns, key)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS sandbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `);
  }

  get(ns: string, key: string, now: number): StoredRow | undefined {
    const row = this.db
      .prepare<[string, string, number], RawRow>('SELECT key, value, created_at, updated_at, expire_at FROM kv WHERE ns = ? AND key = ? AND (expire_at IS NULL OR expire_at > ?)')
      .get(ns, key, now);
    return row ? toStored(row) : undefined;
  }

  put(ns: string, row: StoredRow): void {
    this.db
      .prepare('INSERT INTO kv (ns, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at, updated_at = excluded.updated_at, expire_at = excluded.expire_at')
      .run(ns, row.key, row.value, row.createdAt, row.updatedAt, row.expireAt);
  }

  delete(ns: string, key: string): boolean {
    return this.db.prepare('DELETE FROM kv WHERE ns = ? AND key = ?').run(ns, key).changes > 0;
  }

  /** Keys in byte order (SQLite's default BINARY collation), as the KVS pages them. */
  scan(ns: string, prefix: string, afterKey: string | undefined, limit: number, now: number): StoredRow[] {
    const rows = this.db
      .prepare<[string, string, string, string, number, number], RawRow>(
        'SELECT key, value, created_at, updated_at, expire_at FROM kv WHERE ns = ? AND substr(key, 1, length(?)) = ? AND key > ? AND (expire_at IS NULL OR expire_at > ?) ORDER BY key LIMIT ?',
      )
      .all(ns, prefix, prefix, afterKey ?? '', now, limit);
    return rows.map(toStored);
  }

  all(ns: string, now: number): StoredRow[] {
    return this.db
      .prepare<[string, number], RawRow>('SELECT key, value, created_at, updated_at, expire_at FROM kv WHERE ns = ? AND (expire_at IS NULL OR expire_at > ?) ORDER BY key')
      .all(ns, now)
      .map(toStored);
  }

  /** Runs `fn` in one IMMEDIATE transaction: everything it writes commits together or not at all. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  getMeta(name: string): string | undefined {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM sandbox_meta WHERE name = ?').get(name)?.value;
  }

  setMeta(name: string, value: string): void {
    this.db.prepare('INSERT INTO sandbox_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
  }

  /** The open connection, for other parts of the runtime's state that must commit together with the KVS. */
  get connection(): Database.Database {
    return this.db;
  }

  clearAll(): void {
    const tables = this.db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    this.atomically(() => {
      for (const { name } of tables) this.db.exec(`DELETE FROM "${name}"`);
    });
  }

  close(): void {
    this.db.close();
  }
}
