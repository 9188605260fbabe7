/**
 * The SQL of the Conversations repository's hot paths, as named statements (see
 * responses-statements.ts): each is one statement, so atomic without BEGIN/COMMIT round trips.
 *
 * An append reserves its positions with `UPDATE conversations SET next_position = next_position + n
 * … RETURNING`: the row lock it takes makes a concurrent append (of another pool, another process
 * too) wait until this one commits, and then, read committed, re-evaluate the update on the
 * committed row, so it reserves the positions after these. Appends therefore also commit in
 * position order, and a reader never sees a later item without the earlier ones.
 */
import type { QueryConfig } from 'pg';

type Named = Pick<QueryConfig, 'name' | 'text'>;

const named = (name: string, text: string): Named => ({ name, text });

/**
 * $1 id, $2 tenant, $3 created_at, $4 the Conversation, $5 the first items' ids, $6 the items:
 * the conversation and its first items (positions 0 …, one turn) in one statement.
 */
export const createConversation = named(
  'conversations_create',
  `WITH c AS (
    INSERT INTO conversations (id, tenant, created_at, conversation, next_position)
    VALUES ($1, $2, $3, $4, cardinality($5::text[]))
    RETURNING id
  )
  INSERT INTO items (tenant, item_id, item, conversation_id, conversation_position, turn)
  SELECT $2, u.item_id, u.item, c.id, u.n - 1, 0
    FROM c, unnest($5::text[], $6::json[]) WITH ORDINALITY AS u(item_id, item, n)`,
);

/**
 * $1 id, $2 tenant, $3 the items' ids, $4 the items: stored at the end as one turn. A row (the
 * first position) when the conversation exists, none when it does not.
 */
export const appendItems = named(
  'conversations_append',
  `WITH c AS (
    UPDATE conversations SET next_position = next_position + cardinality($3::text[])
    WHERE id = $1 AND tenant = $2
    RETURNING id, next_position - cardinality($3::text[]) AS base
  ),
  i AS (
    INSERT INTO items (tenant, item_id, item, conversation_id, conversation_position, turn)
    SELECT $2, u.item_id, u.item, c.id, c.base + u.n - 1, c.base
      FROM c, unnest($3::text[], $4::json[]) WITH ORDINALITY AS u(item_id, item, n)
  )
  SELECT base FROM c`,
);

/**
 * The conversation $1 (tenant $2) and its items in order, in one statement (one snapshot): no row
 * when it is unknown, one row of NULLs when it has no items.
 */
export const turnItems = named(
  'conversations_turn_items',
  `SELECT i.turn, i.kind, i.item
    FROM conversations c
    LEFT JOIN items i ON i.conversation_id = c.id AND i.tenant = c.tenant
    WHERE c.id = $1 AND c.tenant = $2
    ORDER BY i.conversation_position`,
);
