/** A JSON object whose shape the contract leaves open (a JSON Schema, a body passed through). */
export type Json = Record<string, unknown>;
