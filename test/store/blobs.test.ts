/** The BlobStore suite against each implementation: file bytes on local disk and in PostgreSQL. */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBlobStore } from '../../src/store/blobs.js';
import { openPostgresBlobs } from './postgres-blobs.js';
import { describeBlobStore } from './suites/blobs.js';

describeBlobStore('LocalBlobStore', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'blobs-test-'));
  return { blobs: new LocalBlobStore(dir), close: () => rm(dir, { recursive: true, force: true }) };
});

describeBlobStore('PostgresBlobStore', openPostgresBlobs);
