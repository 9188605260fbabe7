CREATE TABLE "vector_store_chunks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vector_store_chunks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"vector_store_id" text NOT NULL,
	"file_id" text NOT NULL,
	"chunk_index" integer NOT NULL,
	"text" text NOT NULL,
	"tokens" integer NOT NULL,
	"embedding" real[],
	"tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
--> statement-breakpoint
CREATE TABLE "vector_store_file_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "vector_store_file_batches_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"vector_store_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vector_store_files" (
	"tenant" text NOT NULL,
	"vector_store_id" text NOT NULL,
	"file_id" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "vector_store_files_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"status" text NOT NULL,
	"attributes" json,
	"max_chunk_size_tokens" integer NOT NULL,
	"chunk_overlap_tokens" integer NOT NULL,
	"usage_bytes" bigint DEFAULT 0 NOT NULL,
	"last_error" json,
	"created_at" bigint NOT NULL,
	"batch_id" text,
	"content" text,
	"lease_owner" text,
	"lease_expires_at" bigint,
	"attempts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "vector_store_files_tenant_vector_store_id_file_id_pk" PRIMARY KEY("tenant","vector_store_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "vector_stores" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "vector_stores_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant" text NOT NULL,
	"name" text NOT NULL,
	"metadata" json,
	"created_at" bigint NOT NULL,
	"last_active_at" bigint NOT NULL,
	"expires_after" json,
	"expires_at" bigint,
	"search_mode" text,
	"embedding_model" text,
	"embedding_dimensions" integer
);
--> statement-breakpoint
ALTER TABLE "vector_store_file_batches" ADD CONSTRAINT "vector_store_file_batches_vector_store_id_vector_stores_id_fk" FOREIGN KEY ("vector_store_id") REFERENCES "public"."vector_stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vector_store_files" ADD CONSTRAINT "vector_store_files_vector_store_id_vector_stores_id_fk" FOREIGN KEY ("vector_store_id") REFERENCES "public"."vector_stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vector_store_chunks_file" ON "vector_store_chunks" USING btree ("tenant","vector_store_id","file_id","chunk_index");--> statement-breakpoint
CREATE INDEX "vector_store_chunks_tsv" ON "vector_store_chunks" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "vector_store_files_store_seq" ON "vector_store_files" USING btree ("vector_store_id","seq");--> statement-breakpoint
CREATE INDEX "vector_store_files_batch_seq" ON "vector_store_files" USING btree ("batch_id","seq");--> statement-breakpoint
CREATE INDEX "vector_store_files_file" ON "vector_store_files" USING btree ("tenant","file_id");--> statement-breakpoint
CREATE INDEX "vector_store_files_claim" ON "vector_store_files" USING btree ("status","seq");--> statement-breakpoint
CREATE INDEX "vector_store_files_queue" ON "vector_store_files" USING btree ("status","lease_expires_at");--> statement-breakpoint
CREATE INDEX "vector_stores_tenant_seq" ON "vector_stores" USING btree ("tenant","seq");--> statement-breakpoint
CREATE INDEX "vector_stores_expires" ON "vector_stores" USING btree ("expires_at");