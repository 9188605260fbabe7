/**
 * Token counts for input_tokens and truncation. Backends tokenize differently; the o200k encoding
 * (gpt-tokenizer) is the yardstick, with the per-message framing OpenAI documents (3 tokens per
 * message, 3 to prime the reply). Loaded on first use: the encoding takes a few hundred ms to load.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';

type Count = (text: string) => number;
let encoding: Promise<Count> | undefined;

/**
 * Past this many characters a text is estimated (4 characters a token) rather than tokenized: a
 * large uploaded text file would keep one core busy for seconds.
 */
const EXACT_UP_TO_CHARS = 1_000_000;
/**
 * The tokenizer's byte-pair merge is quadratic in the length of one pre-token, and a run of
 * letters (or of punctuation, or of spaces) is one pre-token however long it is: 100,000 'q's took
 * 3.6 s. So a text is handed over in pieces of at most this many characters, cut before a space
 * that starts a word where there is one (the pre-tokens then come out exactly as uncut), hard
 * otherwise (a token or so off per cut, on text that is no language anyway).
 */
const MAX_PIECE_CHARS = 256;
/** Tokenizing runs on the event loop; after this many characters other requests get a turn. */
const CHARS_PER_TURN = 4096;

const loadCount = (): Promise<Count> =>
  (encoding ??= import('gpt-tokenizer/encoding/o200k_base').then((m) => m.countTokens));

const isSpace = (code: number) => /\s/.test(String.fromCharCode(code));

function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > MAX_PIECE_CHARS) {
    let cut = start + MAX_PIECE_CHARS;
    while (cut > start && !(text.charCodeAt(cut) === 32 && !isSpace(text.charCodeAt(cut - 1)))) cut--;
    if (cut === start) cut = start + MAX_PIECE_CHARS;
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

const PER_MESSAGE = 3;
const REPLY_PRIMING = 3;
/** What OpenAI charges for a low-detail image tile; a floor for images of unknown size. */
const PER_IMAGE = 85;
/**
 * A file part (a PDF, say) cannot be tokenized: its text sits compressed among fonts and images.
 * Estimated at a token per 64 bytes of file; its base64 is never fed to the tokenizer (slow, and
 * counts noise).
 */
const FILE_BYTES_PER_TOKEN = 64;

function fileTokens(fileData: string | undefined): number {
  if (!fileData) return 0;
  const bytes = Buffer.byteLength(fileData.slice(fileData.indexOf(',') + 1), 'base64');
  return Math.ceil(bytes / FILE_BYTES_PER_TOKEN);
}

export async function countMessageTokens(
  messages: ChatCompletionMessageParam[],
  tools: ChatCompletionTool[] = [],
): Promise<number> {
  const count = await loadCount();
  const texts: string[] = [];
  let total = REPLY_PRIMING;
  for (const message of messages) total += messageTexts(message, texts);
  if (tools.length) texts.push(JSON.stringify(tools));
  let sinceTurn = 0;
  for (const text of texts) {
    if (text.length > EXACT_UP_TO_CHARS) {
      total += Math.ceil(text.length / 4);
      continue;
    }
    for (const piece of pieces(text)) {
      total += count(piece);
      sinceTurn += piece.length;
      if (sinceTurn < CHARS_PER_TURN) continue;
      sinceTurn = 0;
      await nextTurn();
    }
  }
  return total;
}

/** Adds the texts of a message to `texts` and returns the tokens counted without tokenizing. */
function messageTexts(message: ChatCompletionMessageParam, texts: string[]): number {
  let fixed = PER_MESSAGE;
  texts.push(message.role);
  const content = message.content;
  if (typeof content === 'string') texts.push(content);
  else if (Array.isArray(content)) {
    for (const part of content) {
      if (part.type === 'text') texts.push(part.text);
      else if (part.type === 'refusal') texts.push(part.refusal);
      else if (part.type === 'image_url') fixed += PER_IMAGE;
      else if (part.type === 'file') fixed += fileTokens(part.file.file_data);
    }
  }
  if (message.role === 'assistant') {
    if (message.refusal) texts.push(message.refusal);
    for (const call of message.tool_calls ?? [])
      if (call.type === 'function') texts.push(call.function.name, call.function.arguments);
  }
  return fixed;
}
