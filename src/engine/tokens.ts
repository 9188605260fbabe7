/**
 * Token counts for input_tokens and truncation. Backends tokenize differently; the o200k encoding
 * (gpt-tokenizer) is the yardstick, with the per-message framing OpenAI documents (3 tokens per
 * message, 3 to prime the reply). Loaded on first use: the encoding takes a few hundred ms to load.
 */
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { AS_TEXT, loadEncoding, pieces, turnTaker } from '../retrieval/tokenizer.js';

/**
 * Past this many characters a text is estimated (4 characters a token) rather than tokenized: a
 * large uploaded text file would keep one core busy for seconds.
 */
const EXACT_UP_TO_CHARS = 1_000_000;

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
  const { countTokens } = await loadEncoding();
  const texts: string[] = [];
  let total = REPLY_PRIMING;
  for (const message of messages) total += messageTexts(message, texts);
  if (tools.length) texts.push(JSON.stringify(tools));
  const turn = turnTaker();
  for (const text of texts) {
    if (text.length > EXACT_UP_TO_CHARS) {
      total += Math.ceil(text.length / 4);
      continue;
    }
    for (const piece of pieces(text)) {
      total += countTokens(piece, AS_TEXT);
      await turn(piece.length);
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
