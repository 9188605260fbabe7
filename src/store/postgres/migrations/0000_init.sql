CREATE TABLE "file_blobs" (
	"tenant" text NOT NULL,
	"key" text NOT NULL,
	"chunk" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "file_blobs_key_chunk_pk" PRIMARY KEY("key","chunk")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "files_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"filename" text NOT NULL,
	"purpose" text NOT NULL,
	"bytes" bigint NOT NULL,
	"mime_type" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint
);
--> statement-breakpoint
CREATE TABLE "response_events" (
	"response_id" text NOT NULL,
	"tenant" text NOT NULL,
	"sequence_number" integer NOT NULL,
	"event" json NOT NULL,
	CONSTRAINT "response_events_response_id_sequence_number_pk" PRIMARY KEY("response_id","sequence_number")
);
--> statement-breakpoint
CREATE TABLE "response_items" (
	"response_id" text NOT NULL,
	"tenant" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"item_id" text NOT NULL,
	"item" json NOT NULL,
	CONSTRAINT "response_items_response_id_kind_position_pk" PRIMARY KEY("response_id","kind","position")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "responses_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"created_at" bigint NOT NULL,
	"model" text NOT NULL,
	"status" text NOT NULL,
	"previous_response_id" text,
	"background" boolean DEFAULT false NOT NULL,
	"response" json NOT NULL,
	"request" json NOT NULL,
	"lease_owner" text,
	"lease_expires_at" bigint
);
--> statement-breakpoint
ALTER TABLE "response_events" ADD CONSTRAINT "response_events_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_items" ADD CONSTRAINT "response_items_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_tenant_seq" ON "files" USING btree ("tenant","seq");--> statement-breakpoint
CREATE INDEX "files_expires" ON "files" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "response_items_tenant_item" ON "response_items" USING btree ("tenant","item_id");--> statement-breakpoint
CREATE INDEX "responses_tenant_seq" ON "responses" USING btree ("tenant","seq");--> statement-breakpoint
CREATE INDEX "responses_queue" ON "responses" USING btree ("status","lease_expires_at");--> statement-breakpoint
CREATE INDEX "responses_chain" ON "responses" USING btree ("id","tenant","previous_response_id","status");