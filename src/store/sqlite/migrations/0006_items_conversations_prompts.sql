-- Hand-edited after drizzle-kit: the INSERT at the end copies response_items into items, which
-- replaces it; the next migration drops response_items (two generates, so that drizzle-kit does not
-- take the new table for a rename of the old one).
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`tenant` text NOT NULL,
	`created_at` integer NOT NULL,
	`conversation` text NOT NULL,
	`next_position` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_seq` ON `conversations` (`seq`);--> statement-breakpoint
CREATE INDEX `conversations_tenant_seq` ON `conversations` (`tenant`,`seq`);--> statement-breakpoint
CREATE TABLE `items` (
	`tenant` text NOT NULL,
	`item_id` text NOT NULL,
	`item` text NOT NULL,
	`response_id` text,
	`kind` text,
	`position` integer,
	`conversation_id` text,
	`conversation_position` integer,
	`turn` integer,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_response` ON `items` (`response_id`,`kind`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `items_conversation` ON `items` (`conversation_id`,`conversation_position`);--> statement-breakpoint
CREATE INDEX `items_tenant_item` ON `items` (`tenant`,`item_id`);--> statement-breakpoint
CREATE TABLE `prompt_versions` (
	`prompt_id` text NOT NULL,
	`tenant` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`prompt` text NOT NULL,
	PRIMARY KEY(`prompt_id`, `version`),
	FOREIGN KEY (`prompt_id`) REFERENCES `prompts`(`prompt_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `prompts` (
	`prompt_id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`tenant` text NOT NULL,
	`created_at` integer NOT NULL,
	`default_version` integer NOT NULL,
	`latest_version` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prompts_seq` ON `prompts` (`seq`);--> statement-breakpoint
CREATE INDEX `prompts_tenant_seq` ON `prompts` (`tenant`,`seq`);--> statement-breakpoint
INSERT INTO `items` (`tenant`, `item_id`, `item`, `response_id`, `kind`, `position`)
  SELECT `tenant`, `item_id`, `item`, `response_id`, `kind`, `position` FROM `response_items`;
