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
 * overwrite (when guarded), then the output items' ids and items (when given). The output is
 * rewritten in place (upsert by position, then the positions past the new end deleted): a DELETE
 * and an INSERT of the same keys in one statement would meet in an unpredictable order.
 */
export function saveResponse(options: { finished: boolean; guarded: boolean; output: boolean }): Named {
  const { finished, guarded, output } = options;
  const name = `responses_save_${+finished}${+guarded}${+output}`;
  const update = `UPDATE responses SET status = $3, response = $4
      ${finished ? ', lease_owner = NULL, lease_expires_at = NULL' : ''}
    WHERE id = $1 AND tenant = $2 ${guarded ? 'AND status = ANY($5::text[])' : ''}
    RETURNING id`;
  if (!output) return named(name, `WITH u AS (${update}) SELECT count(*)::int AS written FROM u`);
  const ids = guarded ? '$6' : '$5';
  const items = guarded ? '$7' : '$6';
  return named(
    name,
    `WITH u AS (${update}),
    upsert AS (
      INSERT INTO items (response_id, tenant, kind, position, item_id, item)
      SELECT u.id, $2, 'output', o.n - 1, o.item_id, o.item
        FROM u, unnest(${ids}::text[], ${items}::json[]) WITH ORDINALITY AS o(item_id, item, n)
      ON CONFLICT (response_id, kind, position) DO UPDATE SET item_id = excluded.item_id, item = excluded.item
    ),
    trim AS (
      DELETE FROM items
      WHERE response_id IN (SELECT id FROM u) AND kind = 'output' AND position >= cardinality(${ids}::text[])
    )
    SELECT count(*)::int AS written FROM u`,
  );
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
