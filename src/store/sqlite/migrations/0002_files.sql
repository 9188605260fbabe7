CREATE TABLE `files` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`filename` text NOT NULL,
	`purpose` text NOT NULL,
	`bytes` integer NOT NULL,
	`mime_type` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer
);
--> statement-breakpoint
CREATE INDEX `files_tenant_created` ON `files` (`tenant`,`created_at`);--> statement-breakpoint
CREATE INDEX `files_expires` ON `files` (`expires_at`);