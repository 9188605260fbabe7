/**
 * The text of an uploaded file, as a vector store indexes it: plain text, Markdown, JSON, CSV and
 * source files as they are; HTML as its readable text; PDF and DOCX through their parsers. Failures
 * are values the ingestion can store as a store file's last_error (ExtractionError), never a crash.
 * The parsers are imported on first use: pdfjs alone is megabytes an idle gateway need not hold.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import mime from 'mime-types';
import type { StoreFileError } from '../store/vector-stores.js';

export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  constructor(
    readonly code: Exclude<StoreFileError['code'], 'server_error'>,
    message: string,
  ) {
    super(message);
  }
}

export interface ExtractInput {
  bytes: Uint8Array;
  /** The media type the file was stored with; application/octet-stream (or empty) says nothing. */
  mimeType: string;
  filename: string;
}

type Kind = 'text' | 'json' | 'html' | 'pdf' | 'docx';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** application/* types that are text (code, data); every text/* is text too. */
const TEXT_APPLICATION_TYPES = new Set([
  'application/javascript',
  'application/typescript',
  'application/x-typescript',
  'application/x-sh',
  'application/x-python',
  'application/x-python-code',
  'application/x-tex',
  'application/x-httpd-php',
  'application/xml',
  'application/x-yaml',
  'application/yaml',
  'application/toml',
  'application/sql',
  'application/x-ndjson',
  'application/jsonl',
]);

/** Source files mime-types names as something else (.ts is video/mp2t to it) or not at all. */
const TEXT_EXTENSIONS =
  /\.(ts|tsx|mts|cts|go|rs|kt|swift|scala|rb|php|cs|java|c|h|cpp|hpp|cc|py|sh|tex|md|mdx|txt|log|yaml|yml|toml|ini|sql)$/i;

function kindOfType(type: string): Kind | undefined {
  if (type === 'application/pdf') return 'pdf';
  if (type === DOCX) return 'docx';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type.startsWith('text/') || TEXT_APPLICATION_TYPES.has(type)) return 'text';
  return undefined;
}

/** By the stored media type, else (when it says nothing or is not one we read) by the file's extension. */
export function kindOf(mimeType: string, filename: string): Kind | undefined {
  const type = mimeType.split(';')[0]!.trim().toLowerCase();
  const byType = type && type !== 'application/octet-stream' ? kindOfType(type) : undefined;
  if (byType) return byType;
  if (TEXT_EXTENSIONS.test(filename)) return 'text';
  const byExtension = mime.lookup(filename);
  return byExtension ? kindOfType(byExtension) : undefined;
}

const unsupported = (input: ExtractInput) =>
  new ExtractionError(
    'unsupported_file',
    `File ${input.filename} (${input.mimeType || 'no media type'}) is not a supported file type: ` +
      'text, Markdown, JSON, CSV, HTML, PDF, DOCX and source code files are.',
  );

const invalid = (input: ExtractInput, why: string) =>
  new ExtractionError('invalid_file', `File ${input.filename} could not be parsed: ${why}.`);

/** PostgreSQL's text refuses U+0000, and no reader of a chunk wants it. */
const withoutNuls = (text: string) => (text.includes('\0') ? text.replaceAll('\0', '') : text);

/** The file's text; throws ExtractionError (unsupported_file, invalid_file) for what cannot be read. */
export async function extractText(input: ExtractInput): Promise<string> {
  const kind = kindOf(input.mimeType, input.filename);
  if (!kind) throw unsupported(input);
  const text = withoutNuls(await EXTRACTORS[kind](input));
  // A document format with no text at all is a scan (pages of images; there is no OCR): failing it
  // says so, where a completed file of no chunks would silently never be found.
  if ((kind === 'pdf' || kind === 'docx') && !text.trim())
    throw invalid(input, 'it has no text to index (a scanned document has only images of text)');
  return text;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const EXTRACTORS: Record<Kind, (input: ExtractInput) => Promise<string>> = {
  text: async (input) => utf8(input),
  json: async (input) => {
    const text = utf8(input);
    try {
      JSON.parse(text);
    } catch (error) {
      throw invalid(input, `it is not JSON (${(error as Error).message})`);
    }
    return text;
  },
  html: async (input) => {
    const { convert } = await import('html-to-text');
    const html = utf8(input);
    try {
      return convert(html, {
        wordwrap: false,
        selectors: [
          { selector: 'a', options: { ignoreHref: true } },
          { selector: 'img', format: 'skip' },
          // Headings as written: the default upper-cases them, which search then matches no worse but quotes wrongly.
          ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
        ],
      });
    } catch (error) {
      // html-to-text walks the document recursively: elements nested some thousands deep overflow the stack.
      throw invalid(input, `its HTML could not be read (${(error as Error).message})`);
    }
  },
  pdf: pdfText,
  docx: async (input) => {
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(input.bytes) });
      return value.trimEnd();
    } catch (error) {
      throw invalid(input, `it is not a DOCX document (${(error as Error).message})`);
    }
  },
};

function utf8(input: ExtractInput): string {
  try {
    // fatal: bytes that are not UTF-8 are a file we would index as mojibake; BOMs are dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    throw invalid(input, 'it is not UTF-8 text');
  }
}

/** Lines of a page as pdfjs reports them: each item ends its line when it says so. */
async function pdfText(input: ExtractInput): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (detaches) the array it is given: a copy, so the caller's bytes stay.
  const task = pdfjs.getDocument({
    data: new Uint8Array(input.bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as Error).name;
    if (name === 'PasswordException') throw invalid(input, 'it is encrypted with a password');
    throw invalid(input, `it is not a readable PDF (${(error as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.trim());
      page.cleanup();
      // pdfjs parses on this thread (no worker in Node): other requests get a turn between pages.
      await nextTurn();
    }
    return pages.filter(Boolean).join('\n\n');
  } catch (error) {
    throw invalid(input, `its pages could not be read (${(error as Error).message})`);
  } finally {
    await document.destroy();
  }
}
