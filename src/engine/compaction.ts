/**
 * Compaction items carry a summary of earlier turns. Their encrypted_content is opaque to clients
 * (as in OpenAI's API); here it is a versioned, base64url-encoded JSON document, so any replica can
 * read it back without shared keys.
 */
import { badRequest } from '../errors.js';

const PREFIX = 'orgw1.';

export function encodeCompaction(summary: string): string {
  return PREFIX + Buffer.from(JSON.stringify({ summary }), 'utf8').toString('base64url');
}

/** The summary text of a compaction item, framed for the model. */
export function decodeCompaction(encrypted: string, param: string | null = null): string {
  const summary = readSummary(encrypted);
  if (summary === undefined)
    throw badRequest(
      'encrypted_content is not a compaction produced by this gateway.',
      param,
      'invalid_value',
    );
  return `Summary of the earlier conversation:\n${summary}`;
}

function readSummary(encrypted: string): string | undefined {
  if (!encrypted.startsWith(PREFIX)) return undefined;
  try {
    const doc = JSON.parse(Buffer.from(encrypted.slice(PREFIX.length), 'base64url').toString('utf8')) as {
      summary?: unknown;
    };
    return typeof doc.summary === 'string' ? doc.summary : undefined;
  } catch {
    return undefined;
  }
}

export const COMPACTION_PROMPT =
  'Summarize the conversation above so that it can replace it as context for the rest of the conversation. ' +
  'Keep every fact, decision, name, number, open question, tool call and tool result that later turns may need; ' +
  'drop pleasantries. Write the summary only, in the language of the conversation.';
