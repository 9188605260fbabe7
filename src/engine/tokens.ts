/**
 * Token counts for input_tokens and truncation. Backends tokenize differently; the o200k encoding
 * (gpt-tokenizer) is the yardstick, with the per-message framing OpenAI documents (3 tokens per
 * message, 3 to prime the reply). Loaded on first use: the encoding takes a few hundred ms to load.
 */
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';

type Count = (text: string) => number;
let encoding: Promise<Count> | undefined;

/**
 * Past this many characters a text is estimated (4 characters a token) rather than tokenized: the
 * count runs on the event loop, and a large uploaded text file would stall every other request.
 */
const EXACT_UP_TO_CHARS = 1_000_000;

const loadCount = (): Promise<Count> =>
  (encoding ??= import('gpt-tokenizer/encoding/o200k_base').then(
    (m) => (text: string) =>
      text.length > EXACT_UP_TO_CHARS ? Math.ceil(text.length / 4) : m.countTokens(text),
  ));

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
  let total = REPLY_PRIMING;
  for (const message of messages) total += messageTokens(message, count);
  if (tools.length) total += count(JSON.stringify(tools));
  return total;
}

function messageTokens(message: ChatCompletionMessageParam, count: Count): number {
  let total = PER_MESSAGE + count(message.role);
  const content = message.content;
  if (typeof content === 'string') total += count(content);
  else if (Array.isArray(content)) {
    for (const part of content) {
      if (part.type === 'text') total += count(part.text);
      else if (part.type === 'refusal') total += count(part.refusal);
      else if (part.type === 'image_url') total += PER_IMAGE;
      else if (part.type === 'file') total += fileTokens(part.file.file_data);
    }
  }
  if (message.role === 'assistant') {
    if (message.refusal) total += count(message.refusal);
    for (const call of message.tool_calls ?? [])
      if (call.type === 'function') total += count(call.function.name) + count(call.function.arguments);
  }
  return Math.ceil(total);
}
