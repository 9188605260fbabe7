import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/database.js';
import { sqlitePath } from '../src/store/location.js';

describe('openDatabase', () => {
  it('creates the folder, turns on WAL and applies the migrations', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gw-db-')), 'nested', 'data');
    const database = openDatabase(`sqlite:${dir}/gateway.db`);
    database.ping();
    database.close();
    expect(existsSync(join(dir, 'gateway.db'))).toBe(true);
    const raw = new Sqlite(join(dir, 'gateway.db'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['responses', 'response_items', 'response_events']));
    const tenantColumns = raw
      .prepare("SELECT name FROM pragma_table_info('responses') WHERE name = 'tenant'")
      .all();
    expect(tenantColumns).toHaveLength(1);
    raw.close();
    // Opening again is idempotent: migrations already applied are skipped.
    openDatabase(`sqlite:${dir}/gateway.db`).close();
  });

  it('parses DATABASE_URL forms and refuses PostgreSQL for now', () => {
    expect(sqlitePath('sqlite:./data/gateway.db')).toBe('./data/gateway.db');
    expect(sqlitePath('sqlite://data/x.db')).toBe('data/x.db');
    expect(sqlitePath('sqlite::memory:')).toBe(':memory:');
    expect(() => sqlitePath('postgres://localhost/db')).toThrow(/not supported yet/);
  });
});
