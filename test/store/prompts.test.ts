/** The PromptsRepository suite (suites/prompts.ts) on each dialect. */
import { freshDatabaseUrl, postgresUrl } from '../support/database.js';
import { describePromptsRepository } from './suites/prompts.js';

// A file, not :memory:, so that the race test's second connection opens the same database.
describePromptsRepository('SQLite', () => freshDatabaseUrl({ dialect: 'sqlite', file: true }));
describePromptsRepository('PostgreSQL', postgresUrl);
