/** The ConversationsRepository suite (suites/conversations.ts) on each dialect. */
import { openStore } from '../../src/store/index.js';
import { postgresUrl } from '../support/database.js';
import { describeConversationsRepository } from './suites/conversations.js';

describeConversationsRepository('SQLite', () => openStore('sqlite::memory:'));
describeConversationsRepository('PostgreSQL', async () => openStore(await postgresUrl()));
