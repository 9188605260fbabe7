/** DATABASE_URL: parsed without loading a driver, and the dialect openStore picks from it. */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { parseLocation } from '../../src/store/location.js';
import { postgresUrl } from '../support/database.js';

describe('openStore on PostgreSQL', () => {
  it('opens a postgres:// URL with its migrations applied, and ping throws once it is closed', async () => {
    const url = await postgresUrl();
    const store = await openStore(url, { poolSize: 2 });
    expect(store.dialect).toBe('postgres');
    await store.ping();
    expect(await store.responses.get('default', 'resp_none')).toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it('says what is wrong when the server cannot be reached', async () => {
    await expect(openStore('postgres://postgres@127.0.0.1:1/none')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('parseLocation', () => {
  it('parses the DATABASE_URL forms', () => {
    expect(parseLocation('sqlite:./data/gateway.db')).toEqual({
      dialect: 'sqlite',
      path: './data/gateway.db',
    });
    expect(parseLocation('sqlite://data/x.db')).toEqual({ dialect: 'sqlite', path: 'data/x.db' });
    expect(parseLocation('sqlite::memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
    expect(parseLocation('sqlite:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
    expect(parseLocation('data/bare.db')).toEqual({ dialect: 'sqlite', path: 'data/bare.db' });
    for (const url of ['postgres://u@localhost/db', 'postgresql://localhost:5432/db?sslmode=disable'])
      expect(parseLocation(url)).toEqual({ dialect: 'postgres', url });
  });

  it('refuses a scheme it does not know rather than taking it for a file name', () => {
    expect(() => parseLocation('mysql://localhost/db')).toThrow(/unsupported scheme mysql/);
  });
});
