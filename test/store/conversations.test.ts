/**
 * The ConversationsRepository suite (suites/conversations.ts). SQLite only for now: the PostgreSQL
 * repository (src/store/postgres/conversations.ts) is being written against this suite, and
 * registers it here for PostgreSQL when it lands.
 */
import { openStore } from '../../src/store/index.js';
import { describeConversationsRepository } from './suites/conversations.js';

describeConversationsRepository('SQLite', () => openStore('sqlite::memory:'));
