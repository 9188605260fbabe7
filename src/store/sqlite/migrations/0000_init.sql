CREATE TABLE `response_events` (
	`response_id` text NOT NULL,
	`sequence_number` integer NOT NULL,
	`event` text NOT NULL,
	PRIMARY KEY(`response_id`, `sequence_number`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `response_items` (
	`response_id` text NOT NULL,
	`tenant` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`item_id` text NOT NULL,
	`item` text NOT NULL,
	PRIMARY KEY(`response_id`, `kind`, `position`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`created_at` integer NOT NULL,
	`model` text NOT NULL,
	`status` text NOT NULL,
	`previous_response_id` text,
	`background` integer DEFAULT false NOT NULL,
	`response` text NOT NULL,
	`request` text NOT NULL,
	`lease_owner` text,
	`lease_expires_at` integer
);
--> statement-breakpoint
CREATE INDEX `responses_tenant_created` ON `responses` (`tenant`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_queue` ON `responses` (`status`,`lease_expires_at`);