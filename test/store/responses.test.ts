/** The ResponsesRepository and ResponseQueue suite (suites/responses.ts) on each dialect. */
import { openStore } from '../../src/store/index.js';
import { postgresUrl } from '../support/database.js';
import { describeResponsesRepository } from './suites/responses.js';

describeResponsesRepository('SQLite', () => openStore('sqlite::memory:'));
describeResponsesRepository('PostgreSQL', async () => openStore(await postgresUrl(), { poolSize: 2 }));
