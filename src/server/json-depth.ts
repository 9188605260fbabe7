/**
 * A bound on how deeply a JSON request body nests, checked as it arrives, before validation: past
 * a few thousand levels the recursive code that copies, validates and stores a body (structured
 * clones, JSON.stringify, the validator) overflows the stack, which would be a 500. Real JSON
 * Schemas (tools[].parameters, text.format.schema) nest a few dozen levels at most — OpenAI's
 * structured outputs allow 10 levels of schema nesting — so a body deeper than this is refused.
 */
import type { RequestHandler } from 'express';
import { badRequest } from '../errors.js';

/** Objects and arrays, counting the body itself as level 1. */
export const MAX_JSON_DEPTH = 128;

/** How many leading path segments name the field in the error (`tools[0].parameters`). */
const PARAM_SEGMENTS = 3;

interface Frame {
  value: object;
  depth: number;
  key: string | number;
  parent: Frame | undefined;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.unshift(f.key);
  return path;
}

function fieldName(path: (string | number)[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    '',
  );
}

/**
 * The path to the first value nested deeper than `limit`, or undefined. Iterative (an explicit
 * stack), so the check itself cannot overflow whatever it is given.
 */
export function tooDeep(body: unknown, limit = MAX_JSON_DEPTH): (string | number)[] | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const stack: Frame[] = [{ value: body, depth: 1, key: '', parent: undefined }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > limit) return pathOf(frame);
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, depth: frame.depth + 1, key: i, parent: frame });
      }
    } else {
      for (const key in value) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object')
          stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
      }
    }
  }
  return undefined;
}

/** The 400 for a body nested too deep, naming the top of the field that holds it. */
export function nestingError(path: (string | number)[]) {
  const param = fieldName(path.slice(0, PARAM_SEGMENTS)) || null;
  return badRequest(
    `Invalid ${param ? `field '${param}'` : 'request body'}: JSON nested deeper than ${MAX_JSON_DEPTH} levels (at ${fieldName(path.slice(0, 8))}${path.length > 8 ? '…' : ''}).`,
    param,
    'nesting_too_deep',
  );
}

/** After express.json: a parsed body nested past MAX_JSON_DEPTH is a 400 before anything reads it. */
export const limitJsonDepth: RequestHandler = (req, _res, next) => {
  const path = tooDeep(req.body);
  next(path ? nestingError(path) : undefined);
};
