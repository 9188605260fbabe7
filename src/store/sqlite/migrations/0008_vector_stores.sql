-- Hand-edited after drizzle-kit: the FTS5 table over vector_store_chunks and the triggers that keep
-- it in step (SQLite's external-content recipe) are appended at the end; drizzle-kit cannot say them.
CREATE TABLE `vector_store_chunks` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`vector_store_id` text NOT NULL,
	`file_id` text NOT NULL,
	`chunk_index` integer NOT NULL,
	`text` text NOT NULL,
	`tokens` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vector_store_chunks_file` ON `vector_store_chunks` (`tenant`,`vector_store_id`,`file_id`,`chunk_index`);--> statement-breakpoint
CREATE TABLE `vector_store_file_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`tenant` text NOT NULL,
	`vector_store_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`cancelled` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`vector_store_id`) REFERENCES `vector_stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vector_store_file_batches_seq` ON `vector_store_file_batches` (`seq`);--> statement-breakpoint
CREATE TABLE `vector_store_files` (
	`tenant` text NOT NULL,
	`vector_store_id` text NOT NULL,
	`file_id` text NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`attributes` text,
	`max_chunk_size_tokens` integer NOT NULL,
	`chunk_overlap_tokens` integer NOT NULL,
	`usage_bytes` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`batch_id` text,
	`content` text,
	`lease_owner` text,
	`lease_expires_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`tenant`, `vector_store_id`, `file_id`),
	FOREIGN KEY (`vector_store_id`) REFERENCES `vector_stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vector_store_files_seq` ON `vector_store_files` (`seq`);--> statement-breakpoint
CREATE INDEX `vector_store_files_store_seq` ON `vector_store_files` (`vector_store_id`,`seq`);--> statement-breakpoint
CREATE INDEX `vector_store_files_batch_seq` ON `vector_store_files` (`batch_id`,`seq`);--> statement-breakpoint
CREATE INDEX `vector_store_files_file` ON `vector_store_files` (`tenant`,`file_id`);--> statement-breakpoint
CREATE INDEX `vector_store_files_claim` ON `vector_store_files` (`status`,`seq`);--> statement-breakpoint
CREATE INDEX `vector_store_files_queue` ON `vector_store_files` (`status`,`lease_expires_at`);--> statement-breakpoint
CREATE TABLE `vector_stores` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`tenant` text NOT NULL,
	`name` text NOT NULL,
	`metadata` text,
	`created_at` integer NOT NULL,
	`last_active_at` integer NOT NULL,
	`expires_after` text,
	`expires_at` integer,
	`search_mode` text,
	`embedding_model` text,
	`embedding_dimensions` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vector_stores_seq` ON `vector_stores` (`seq`);--> statement-breakpoint
CREATE INDEX `vector_stores_tenant_seq` ON `vector_stores` (`tenant`,`seq`);--> statement-breakpoint
CREATE INDEX `vector_stores_expires` ON `vector_stores` (`expires_at`);--> statement-breakpoint
CREATE VIRTUAL TABLE `vector_store_chunks_fts` USING fts5(text, content='vector_store_chunks', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `vector_store_chunks_fts_insert` AFTER INSERT ON `vector_store_chunks` BEGIN
  INSERT INTO `vector_store_chunks_fts` (rowid, text) VALUES (new.id, new.text);
END;--> statement-breakpoint
CREATE TRIGGER `vector_store_chunks_fts_delete` AFTER DELETE ON `vector_store_chunks` BEGIN
  INSERT INTO `vector_store_chunks_fts` (`vector_store_chunks_fts`, rowid, text) VALUES ('delete', old.id, old.text);
END;--> statement-breakpoint
CREATE TRIGGER `vector_store_chunks_fts_update` AFTER UPDATE ON `vector_store_chunks` BEGIN
  INSERT INTO `vector_store_chunks_fts` (`vector_store_chunks_fts`, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO `vector_store_chunks_fts` (rowid, text) VALUES (new.id, new.text);
END;
