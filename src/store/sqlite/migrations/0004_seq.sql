-- Hand-edited after drizzle-kit: the UPDATEs backfill the new columns before the unique indexes.
-- Columns are added in place; a table rebuild (DROP TABLE) would cascade to the items under foreign_keys=ON.
DROP INDEX `files_tenant_created`;--> statement-breakpoint
ALTER TABLE `files` ADD `seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `files` SET `seq` = rowid;--> statement-breakpoint
CREATE UNIQUE INDEX `files_seq` ON `files` (`seq`);--> statement-breakpoint
CREATE INDEX `files_tenant_seq` ON `files` (`tenant`,`seq`);--> statement-breakpoint
DROP INDEX `responses_tenant_created`;--> statement-breakpoint
ALTER TABLE `responses` ADD `seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `responses` SET `seq` = rowid;--> statement-breakpoint
CREATE UNIQUE INDEX `responses_seq` ON `responses` (`seq`);--> statement-breakpoint
CREATE INDEX `responses_tenant_seq` ON `responses` (`tenant`,`seq`);--> statement-breakpoint
CREATE INDEX `responses_claim` ON `responses` (`status`,`seq`);--> statement-breakpoint
ALTER TABLE `response_events` ADD `tenant` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `response_events` SET `tenant` = (SELECT `tenant` FROM `responses` WHERE `responses`.`id` = `response_events`.`response_id`);
