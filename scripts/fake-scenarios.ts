/**
 * The fake upstream's scripted turns, chosen by the request itself so that a test (or a client such
 * as Codex, whose requests a test only shapes through its prompt) controls them:
 *
 * - The last user message `CALL <tool> <arguments>` calls that tool. The tool is found by its
 *   function name, or by the name's last segment, so a namespaced function the gateway offered
 *   under a qualified name (`multi_agent_v1…spawn_agent`) is found by `spawn_agent`. Arguments that
 *   are a JSON object are sent as they are; anything else is free-form input (a custom tool such as
 *   apply_patch, offered as a function with one string parameter) and goes into that parameter.
 *   Several calls at once: `CALL a {…} CALL b {…}`.
 * - The last user message `REPLY <text>` answers that text, even with tools on offer.
 * - A `response_format` of type json_schema is answered with a value built from the schema, so a
 *   structured-output reply is valid JSON of that shape only if the schema reached the model.
 */

interface ScenarioTool {
  type: string;
  function?: { name: string; parameters?: JsonSchema };
}
export interface ScenarioRequest {
  tools?: ScenarioTool[];
  response_format?: { type: string; json_schema?: { schema?: JsonSchema } };
}
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}
export interface ScriptedCall {
  name: string;
  arguments: string;
}
export type Scripted = { text: string; calls?: undefined } | { text?: undefined; calls: ScriptedCall[] };

function findTool(tools: ScenarioTool[], wanted: string): ScenarioTool | undefined {
  const named = tools.filter((t) => t.function);
  return (
    named.find((t) => t.function!.name === wanted) ??
    named.find((t) => new RegExp(`(^|[^A-Za-z0-9])${wanted}$`).test(t.function!.name))
  );
}

function argumentsFor(tool: ScenarioTool, raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) return trimmed;
  const properties = Object.keys(tool.function?.parameters?.properties ?? {});
  return JSON.stringify({ [properties[0] ?? 'input']: raw });
}

/** The calls a `CALL …` directive asks for, or a text saying which tool was not on offer. */
function calls(tools: ScenarioTool[], directive: string): Scripted {
  const out: ScriptedCall[] = [];
  for (const part of directive.split(/^CALL |\sCALL /).filter(Boolean)) {
    const [, wanted = '', raw = '{}'] = /^(\S+)\s*([\s\S]*)$/.exec(part) ?? [];
    const tool = findTool(tools, wanted);
    if (!tool) return { text: `fake upstream: no tool "${wanted}" on offer` };
    out.push({ name: tool.function!.name, arguments: argumentsFor(tool, raw) });
  }
  return { calls: out };
}

/** A value of the schema's shape: the first of every choice, a fixed sample of every scalar. */
export function sampleOf(schema: JsonSchema | undefined): unknown {
  if (!schema) return null;
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sampleOf(choice[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sampleOf(value)]),
      );
    case 'array':
      return [sampleOf(schema.items)];
    case 'string':
      return 'sample';
    case 'number':
      return 1.5;
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** The scripted turn for this request, or undefined to let the fake's default behaviour answer. */
export function scripted(req: ScenarioRequest, lastUser: string | undefined): Scripted | undefined {
  if (lastUser?.startsWith('CALL ')) return calls(req.tools ?? [], lastUser);
  if (lastUser?.startsWith('REPLY ')) return { text: lastUser.slice('REPLY '.length) };
  if (req.response_format?.type === 'json_schema')
    return { text: JSON.stringify(sampleOf(req.response_format.json_schema?.schema)) };
  return undefined;
}
