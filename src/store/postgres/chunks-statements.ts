/**
 * The chunk index's SQL on PostgreSQL, as named statements (each connection plans one once). A
 * search joins vector_store_files so that only completed store files' chunks are found; $4 (the
 * files the request's filters left) is null for every file.
 */
import type { QueryConfig } from 'pg';

type Named = Pick<QueryConfig, 'name' | 'text'>;

const named = (name: string, text: string): Named => ({ name, text });

const COMPLETED_FILE = `JOIN vector_store_files f ON f.tenant = c.tenant AND f.vector_store_id = c.vector_store_id
    AND f.file_id = c.file_id AND f.status = 'completed'`;

const IN_FILES = '($4::text[] IS NULL OR c.file_id = ANY ($4::text[]))';

export const chunkStatements = {
  deleteFile: named(
    'chunks_delete_file',
    'DELETE FROM vector_store_chunks WHERE tenant = $1 AND vector_store_id = $2 AND file_id = $3',
  ),
  deleteStore: named(
    'chunks_delete_store',
    'DELETE FROM vector_store_chunks WHERE tenant = $1 AND vector_store_id = $2',
  ),

  /** $4 the chunks' indexes, $5 texts, $6 token counts, $7 embeddings as real[] literals (or nulls). */
  insert: named(
    'chunks_insert',
    `INSERT INTO vector_store_chunks (tenant, vector_store_id, file_id, chunk_index, text, tokens, embedding)
     SELECT $1, $2, $3, u.chunk_index, u.text, u.tokens, u.embedding::real[]
       FROM unnest($4::int[], $5::text[], $6::int[], $7::text[]) AS u(chunk_index, text, tokens, embedding)`,
  ),

  /** $3 a to_tsquery text (quoted lexemes ORed), $5 the limit; the score is ts_rank_cd's, unnormalised. */
  matching: named(
    'chunks_matching',
    `SELECT c.file_id AS "fileId", c.chunk_index AS "chunkIndex", c.text, ts_rank_cd(c.tsv, q.query) AS score
       FROM to_tsquery('english', $3) AS q(query)
       CROSS JOIN vector_store_chunks c
       ${COMPLETED_FILE}
      WHERE c.tenant = $1 AND c.vector_store_id = $2 AND c.tsv @@ q.query AND ${IN_FILES}
      ORDER BY score DESC, c.id
      LIMIT $5`,
  ),

  /**
   * $3 the query's embedding, $5 the limit; the score is the cosine similarity (null, last, for a
   * zero vector). Embeddings of another length (another model's) are not compared.
   */
  nearest: named(
    'chunks_nearest',
    `WITH q AS (
       SELECT $3::real[] AS v, sqrt((SELECT sum(x::float8 * x) FROM unnest($3::real[]) AS x)) AS norm
     )
     SELECT c.file_id AS "fileId", c.chunk_index AS "chunkIndex", c.text, s.similarity AS score
       FROM q
       CROSS JOIN vector_store_chunks c
       ${COMPLETED_FILE}
       CROSS JOIN LATERAL (
         SELECT sum(a::float8 * b) / nullif(sqrt(sum(a::float8 * a)) * q.norm, 0) AS similarity
           FROM unnest(c.embedding, q.v) AS u(a, b)
       ) s
      WHERE c.tenant = $1 AND c.vector_store_id = $2 AND cardinality(c.embedding) = cardinality(q.v)
        AND ${IN_FILES}
      ORDER BY s.similarity DESC NULLS LAST, c.id
      LIMIT $5`,
  ),
};
