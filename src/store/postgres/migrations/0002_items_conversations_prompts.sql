-- Hand-edited after drizzle-kit: the INSERT at the end copies response_items into items, which
-- replaces it; the next migration drops response_items (two generates, so that drizzle-kit does not
-- take the new table for a rename of the old one).
CREATE TABLE "conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "conversations_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"created_at" bigint NOT NULL,
	"conversation" json NOT NULL,
	"next_position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "items" (
	"tenant" text NOT NULL,
	"item_id" text NOT NULL,
	"item" json NOT NULL,
	"response_id" text,
	"kind" text,
	"position" integer,
	"conversation_id" text,
	"conversation_position" integer,
	"turn" integer
);
--> statement-breakpoint
CREATE TABLE "prompt_versions" (
	"prompt_id" text NOT NULL,
	"tenant" text NOT NULL,
	"version" integer NOT NULL,
	"created_at" bigint NOT NULL,
	"prompt" json NOT NULL,
	CONSTRAINT "prompt_versions_prompt_id_version_pk" PRIMARY KEY("prompt_id","version")
);
--> statement-breakpoint
CREATE TABLE "prompts" (
	"prompt_id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "prompts_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"created_at" bigint NOT NULL,
	"default_version" integer NOT NULL,
	"latest_version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_versions" ADD CONSTRAINT "prompt_versions_prompt_id_prompts_prompt_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."prompts"("prompt_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_tenant_seq" ON "conversations" USING btree ("tenant","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "items_response" ON "items" USING btree ("response_id","kind","position");--> statement-breakpoint
CREATE UNIQUE INDEX "items_conversation" ON "items" USING btree ("conversation_id","conversation_position");--> statement-breakpoint
CREATE INDEX "items_tenant_item" ON "items" USING btree ("tenant","item_id");--> statement-breakpoint
CREATE INDEX "prompts_tenant_seq" ON "prompts" USING btree ("tenant","seq");--> statement-breakpoint
INSERT INTO "items" ("tenant", "item_id", "item", "response_id", "kind", "position")
  SELECT "tenant", "item_id", "item", "response_id", "kind", "position" FROM "response_items";
