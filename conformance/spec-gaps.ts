/**
 * Where the three contracts genuinely disagree, the known disagreements, by name. A case opts in
 * with `openai_spec_gap: [name, …]` or `openresponses_spec_gap: [name, …]`, which excuses only the
 * errors a gap describes (at these JSON pointers, on these event types) for that reply; everything
 * else is still checked against that contract. A gap that excuses nothing in its reply is itself an
 * error, so gaps are removed once the contract or the gateway no longer needs them.
 *
 * A case can also give an inline gap ({ reason, events?, at? }) or, as before, a bare reason, which
 * skips that contract for the whole reply.
 */
import type { SchemaError } from './schemas.js';

export interface ScopedGap {
  reason: string;
  /** Only on SSE events of these types. */
  events?: string[];
  /** Only for errors at (or below) these JSON pointers; a `*` segment matches any one segment. */
  at?: string[];
}

/** What a case's expect says: a reason (whole reply), a scoped gap, or names of known gaps. */
export type SpecGap = string | ScopedGap | Array<string | ScopedGap>;

export const KNOWN_GAPS: Record<'openai' | 'openresponses', Record<string, ScopedGap>> = {
  openai: {
    'usage-null': {
      reason:
        "OpenAI's spec types Response.usage as an (optional) object; OpenAI's API sends usage: null until a " +
        'response has finished (and when there is none), and Open Responses requires the key, nullable.',
      at: ['/usage', '/response/usage'],
    },
    'empty-item-list': {
      reason:
        "OpenAI's ResponseItemList requires first_id and last_id as strings; an empty list has neither " +
        '(the gateway sends null, as OpenAI does for its other empty lists).',
      at: ['/first_id', '/last_id'],
    },
    'empty-file-list': {
      reason:
        "OpenAI's ListFilesResponse requires first_id and last_id as strings; an empty list (no files, or " +
        'none of the purpose asked for) has neither, and the gateway sends null, as for its other lists.',
      at: ['/first_id', '/last_id'],
    },
    'file-purpose-evals': {
      reason:
        "OpenAI's CreateFileRequest accepts purpose 'evals', but its OpenAIFile.purpose enum omits it; the " +
        'file the gateway stores (and returns) keeps the purpose it was uploaded with.',
      at: ['/purpose'],
    },
    'empty-vector-store-list': {
      reason:
        "OpenAI's ListVectorStoresResponse and ListVectorStoreFilesResponse require first_id and last_id as " +
        'strings; an empty page has neither, and the gateway sends null, as for its other lists.',
      at: ['/first_id', '/last_id'],
    },
    'download-media-type': {
      reason:
        "OpenAI's spec declares GET /files/{file_id}/content as application/json (a JSON string); the " +
        "content is the file's raw bytes, which the SDKs read as a binary body, and the gateway sends them " +
        'as application/octet-stream, as its own contract declares.',
      at: [''],
    },
  },
  openresponses: {
    'tool-choice-forms': {
      reason:
        "Open Responses' allowed_tools lists function tools only; OpenAI's also lists custom tools, shell, " +
        'apply_patch and hosted tools (web_search), and the Response echoes the list as sent.',
      at: ['/tool_choice', '/response/tool_choice'],
    },
    'hosted-tool-echo': {
      reason:
        "Open Responses' Tool union has function tools only; OpenAI's hosted web_search tools are echoed " +
        "in a Response's tools as the client sent them, as OpenAI does.",
      at: ['/tools', '/response/tools'],
    },
    'web-search-events': {
      reason:
        "Open Responses' event union has no response.web_search_call.* events; OpenAI's API streams them " +
        'around each web search, and so does the gateway.',
      events: [
        'response.web_search_call.in_progress',
        'response.web_search_call.searching',
        'response.web_search_call.completed',
      ],
    },
    'file-search-events': {
      reason:
        "Open Responses has no file_search tool, so no response.file_search_call.* events; OpenAI's API " +
        'streams them around each file search, and so does the gateway.',
      events: [
        'response.file_search_call.in_progress',
        'response.file_search_call.searching',
        'response.file_search_call.completed',
      ],
    },
    'file-citation': {
      reason:
        "Open Responses' Annotation is url_citation only; OpenAI's output text also carries file_citation " +
        'annotations (file_id, filename, index), which the gateway adds for the files file_search found.',
      at: [
        '/output/*/content/*/annotations',
        '/response/output/*/content/*/annotations',
        '/item/content/*/annotations',
        '/part/annotations',
        '/annotation',
      ],
    },
    'tool-shape-items': {
      reason:
        'Open Responses knows function tools and function_call items only; OpenAI also has namespace, ' +
        'custom, local_shell, shell and apply_patch tools, their call and output items, and tool search ' +
        'and additional_tools items, which the gateway serves as OpenAI does.',
      at: ['/output/*', '/response/output/*', '/item', '/tools/*', '/response/tools/*', '/data/*'],
    },
    'custom-tool-input-events': {
      reason:
        "Open Responses has no custom tools, so no response.custom_tool_call_input.* events; OpenAI's API " +
        'streams a custom tool call input with them.',
      events: ['response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done'],
    },
    'reasoning-text-events': {
      reason:
        'Open Responses streams reasoning text as response.reasoning.delta / response.reasoning.done; ' +
        "OpenAI's API and spec name them response.reasoning_text.delta / .done, as the gateway does.",
      events: ['response.reasoning_text.delta', 'response.reasoning_text.done'],
    },
    'json-schema-echo': {
      reason:
        'Open Responses types the echoed text.format.schema of a json_schema format as null; OpenAI echoes ' +
        'the schema object, and so does the gateway.',
      at: ['/text/format/schema', '/response/text/format/schema'],
    },
  },
};

/** The gaps a case's expect names for one contract; a bare reason becomes a gap over everything. */
export function resolveGaps(contract: keyof typeof KNOWN_GAPS, gap: SpecGap | undefined): ScopedGap[] {
  if (gap === undefined) return [];
  if (typeof gap === 'string') return [{ reason: gap }];
  if (!Array.isArray(gap)) return [gap];
  return gap.map((g) => {
    if (typeof g !== 'string') return g;
    const known = KNOWN_GAPS[contract][g];
    if (!known)
      throw new Error(
        `unknown ${contract} spec gap '${g}' (known: ${Object.keys(KNOWN_GAPS[contract]).join(', ')})`,
      );
    return known;
  });
}

/** The gap that excuses an error of a reply (or of one of its events), if any. */
export function excusing(gaps: ScopedGap[], error: SchemaError, eventType?: string): ScopedGap | undefined {
  return gaps.find(
    (g) =>
      (!g.events || (eventType !== undefined && g.events.includes(eventType))) &&
      (!g.at || g.at.some((a) => atOrBelow(error.at, a))),
  );
}

/** Whether a JSON pointer is `pattern` or under it; a `*` segment of the pattern matches any one segment. */
function atOrBelow(pointer: string, pattern: string): boolean {
  const have = pointer.split('/');
  const want = pattern.split('/');
  return want.length <= have.length && want.every((segment, i) => segment === '*' || segment === have[i]);
}
