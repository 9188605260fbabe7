/**
 * The SQL of the Responses repository's hot paths, as named statements: each connection of the
 * pool parses and plans one the first time it runs it, and then only binds. Each is one statement
 * (the items travel as arrays and are unnested), so it is atomic without BEGIN/COMMIT round trips.
 */
import type { QueryConfig } from 'pg';

type Named = Pick<QueryConfig, 'name' | 'text'>;

const named = (name: string, text: string): Named => ({ name, text });

/**
 * $1 id, $2 tenant, $3 created_at … $11 lease_expires_at, $12 the input items' ids, $13 the items,
 * $14 the first events' sequence numbers, $15 the events: one statement, so a queued response is
 * never visible (claimable) without its first events.
 */
export const insertResponse = named(
  'responses_insert',
  `WITH r AS (
    INSERT INTO responses (id, tenant, created_at, model, status, previous_response_id, background,
      response, request, lease_owner, lease_expires_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
    RETURNING id
  ),
  e AS (
    INSERT INTO response_events (response_id, tenant, sequence_number, event)
    SELECT r.id, $2, u.sequence_number, u.event
      FROM r, unnest($14::int[], $15::json[]) AS u(sequence_number, event)
  )
  INSERT INTO items (response_id, tenant, kind, position, item_id, item)
  SELECT r.id, $2, 'input', u.n - 1, u.item_id, u.item
    FROM r, unnest($12::text[], $13::json[]) WITH ORDINALITY AS u(item_id, item, n)`,
);

/**
 * save()'s statement: $1 id, $2 tenant, $3 status, $4 response, then $5 the statuses it may
 * overwrite (when guarded), then the output items' ids and items (when given), then the
 * conversation to append the response to (when appending). The output is rewritten in place
 * (upsert by position, then the positions past the new end deleted): a DELETE and an INSERT of the
 * same keys in one statement would meet in an unpredictable order.
 *
 * Appending, in the same statement (so in save's transaction): the response's rows in no
 * conversation yet, input then output ('input' < 'output'), each in its order, get the positions
 * reserved by `UPDATE conversations SET next_position = next_position + n … RETURNING`
 * (conversations-statements.ts: its row lock serializes appends, across processes too), as one
 * turn. The output this statement writes is not visible to its other parts (they share one
 * snapshot), so with an output the pending rows are the input's, and the output is numbered after
 * them as it is written, old output rows included: as on SQLite, a rewritten output goes to the end.
 * An unknown (or deleted) conversation updates no row, and nothing is appended.
 */
export function saveResponse(options: {
  finished: boolean;
  guarded: boolean;
  output: boolean;
  append: boolean;
}): Named {
  const { finished, guarded, output, append } = options;
  const name = `responses_save_${+finished}${+guarded}${+output}${+append}`;
  let next = guarded ? 6 : 5;
  const ids = output ? `$${next++}::text[]` : '';
  const list = output ? `$${next++}::json[]` : '';
  const conversation = `$${next}`;
  const parts = [
    `u AS (
      UPDATE responses SET status = $3, response = $4
        ${finished ? ', lease_owner = NULL, lease_expires_at = NULL' : ''}
      WHERE id = $1 AND tenant = $2 ${guarded ? 'AND status = ANY($5::text[])' : ''}
      RETURNING id
    )`,
  ];
  if (append) {
    const count = `((SELECT count(*) FROM pending)${output ? ` + cardinality(${ids})` : ''})`;
    parts.push(
      `pending AS (
        SELECT kind, position, row_number() OVER (ORDER BY kind, position) AS n FROM items
        WHERE response_id = $1 AND conversation_id IS NULL ${output ? "AND kind = 'input'" : ''}
          AND EXISTS (SELECT 1 FROM u)
      )`,
      `c AS (
        UPDATE conversations SET next_position = next_position + ${count}
        WHERE id = ${conversation} AND tenant = $2 AND EXISTS (SELECT 1 FROM u)
        RETURNING id, next_position - ${count} AS base
      )`,
      `assign AS (
        UPDATE items SET conversation_id = c.id, conversation_position = c.base + p.n - 1, turn = c.base
        FROM c, pending p
        WHERE items.response_id = $1 AND items.kind = p.kind AND items.position = p.position
      )`,
    );
  }
  if (output) {
    const [columns, values, updates] = append
      ? [
          ', conversation_id, conversation_position, turn',
          ', c.id, c.base + (SELECT count(*) FROM pending) + o.n - 1, c.base',
          `, conversation_id = excluded.conversation_id,
            conversation_position = excluded.conversation_position, turn = excluded.turn`,
        ]
      : ['', '', ''];
    parts.push(
      `upsert AS (
        INSERT INTO items (response_id, tenant, kind, position, item_id, item${columns})
        SELECT u.id, $2, 'output', o.n - 1, o.item_id, o.item${values}
          FROM u CROSS JOIN unnest(${ids}, ${list}) WITH ORDINALITY AS o(item_id, item, n)
          ${append ? 'LEFT JOIN c ON true' : ''}
        ON CONFLICT (response_id, kind, position) DO UPDATE SET item_id = excluded.item_id, item = excluded.item${updates}
      )`,
      `trim AS (
        DELETE FROM items
        WHERE response_id IN (SELECT id FROM u) AND kind = 'output' AND position >= cardinality(${ids})
      )`,
    );
  }
  return named(name, `WITH ${parts.join(',\n')}\nSELECT count(*)::int AS written FROM u`);
}

export const getResponse = named(
  'responses_get',
  'SELECT response FROM responses WHERE id = $1 AND tenant = $2',
);

export const getRequest = named(
  'responses_get_request',
  'SELECT request FROM responses WHERE id = $1 AND tenant = $2',
);

/** The chain that ends with $1 (tenant $2), oldest first, at most $3 links, on responses_chain alone. */
export const walkChain = named(
  'responses_chain',
  `WITH RECURSIVE chain(id, previous, status, depth) AS (
    SELECT id, previous_response_id, status, 0 FROM responses WHERE id = $1 AND tenant = $2
    UNION ALL
    SELECT r.id, r.previous_response_id, r.status, c.depth + 1
      FROM chain c JOIN responses r ON r.id = c.previous AND r.tenant = $2
      WHERE c.depth < $3
  )
  SELECT id, status FROM chain ORDER BY depth DESC`,
);

/** The items of the turns $1 (an array of ids) that are not in the turn cache, in one round trip. */
export const turnItems = named(
  'responses_turn_items',
  `SELECT response_id, kind, item FROM items WHERE response_id = ANY($1::text[])
    ORDER BY response_id, kind, position`,
);

export const findItem = named(
  'responses_find_item',
  'SELECT item FROM items WHERE tenant = $1 AND item_id = $2 LIMIT 1',
);

export const appendEvent = named(
  'responses_append_event',
  'INSERT INTO response_events (response_id, tenant, sequence_number, event) VALUES ($1, $2, $3, $4)',
);

export const eventsAfter = named(
  'responses_events_after',
  `SELECT event FROM response_events WHERE response_id = $1 AND tenant = $2 AND sequence_number > $3
    ORDER BY sequence_number`,
);

/**
 * One statement, so two runners (in two processes too) never claim the same job: SKIP LOCKED lets
 * each take the oldest job nobody else is taking. The stored Response says in_progress from then
 * on (a GET must not see 'queued' while it runs). It is json as JSON.stringify wrote it, so the
 * status is appended as a second "status" key: json keeps both, and every reader (JSON.parse, and
 * PostgreSQL's json functions) takes the last value, at the first one's place in the key order.
 * Rebuilding the object in SQL (json_each) would fail on any top-level string holding U+0000.
 */
export const claim = named(
  'responses_claim',
  `UPDATE responses SET status = 'in_progress', lease_owner = $1, lease_expires_at = $2, attempts = attempts + 1,
    response = (left(response::text, -1) || ',"status":"in_progress"}')::json
  WHERE id = (SELECT id FROM responses WHERE status = 'queued' ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
    AND status = 'queued'
  RETURNING id, tenant, request`,
);

export const renew = named(
  'responses_renew',
  'UPDATE responses SET lease_expires_at = $3 WHERE id = $1 AND lease_owner = $2 RETURNING status',
);

export const settleExpired = named(
  'responses_settle_expired',
  `UPDATE responses SET status = $3, response = $4, lease_owner = NULL, lease_expires_at = NULL
  WHERE id = $1 AND tenant = $2 AND status = 'in_progress' AND lease_expires_at < $5
  RETURNING id`,
);

export const expired = named(
  'responses_expired',
  `SELECT tenant, id, attempts FROM responses WHERE status = 'in_progress' AND lease_expires_at < $1`,
);
