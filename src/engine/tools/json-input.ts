/**
 * The `input` argument of a custom tool's call, decoded while its JSON streams in, so its text can
 * stream as response.custom_tool_call_input.delta events. Only the shape the tool was offered with
 * is followed (`{"input": "…"`, whitespace allowed); arguments of any other shape give no text until
 * they are complete.
 */
const PREFIX = '{"input":"';
/** Where whitespace may come in PREFIX: before `{`, before the key, around `:`. */
const SPACE_BEFORE = new Set([0, 1, 8, 9]);
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

export class InputDecoder {
  private raw = '';
  private at = 0;
  private matched = 0;
  private state: 'prefix' | 'string' | 'ended' | 'unknown' = 'prefix';
  /** The text decoded so far. */
  text = '';

  /** Takes more of the arguments; returns the text they add. */
  push(delta: string): string {
    this.raw += delta;
    const before = this.text.length;
    while (this.at < this.raw.length && (this.state === 'prefix' || this.state === 'string')) {
      if (this.state === 'prefix') this.prefix();
      else if (!this.char()) break;
    }
    return this.text.slice(before);
  }

  private prefix(): void {
    const c = this.raw[this.at]!;
    if (/\s/.test(c) && SPACE_BEFORE.has(this.matched)) this.at++;
    else if (c === PREFIX[this.matched]) {
      this.at++;
      if (++this.matched === PREFIX.length) this.state = 'string';
    } else this.state = 'unknown';
  }

  /** Decodes one character or escape; false when it has not all arrived. */
  private char(): boolean {
    const c = this.raw[this.at]!;
    if (c === '"') {
      this.state = 'ended';
      return true;
    }
    if (c !== '\\') {
      this.text += c;
      this.at++;
      return true;
    }
    const next = this.raw[this.at + 1];
    if (next === undefined) return false;
    if (next !== 'u') {
      this.text += ESCAPES[next] ?? next;
      this.at += 2;
      return true;
    }
    const unit = this.unit(this.at);
    if (unit === undefined) return false;
    // A high surrogate waits for its low half, so no delta ends inside a character.
    if (unit >= 0xd800 && unit <= 0xdbff && this.raw.startsWith('\\u', this.at + 6)) {
      const low = this.unit(this.at + 6);
      if (low === undefined) return false;
      this.text += String.fromCharCode(unit, low);
      this.at += 12;
      return true;
    }
    if (unit >= 0xd800 && unit <= 0xdbff && this.raw.length < this.at + 8) return false;
    this.text += String.fromCharCode(unit);
    this.at += 6;
    return true;
  }

  private unit(at: number): number | undefined {
    const hex = this.raw.slice(at + 2, at + 6);
    return hex.length === 4 ? Number.parseInt(hex, 16) : undefined;
  }
}
