/** Text extraction from uploaded files: each supported kind, and the typed failures. */
import { describe, expect, it, vi } from 'vitest';
import { ExtractionError, extractText, kindOf } from '../../src/retrieval/extract.js';
import { DOCX_TYPE, docxDocument, PDF_TYPE, pdfDocument } from '../support/documents.js';

// Which parsers were loaded (their modules evaluated), to show they are loaded only when needed.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (actual) => {
  loaded.push('pdfjs');
  return actual();
});
vi.mock('mammoth', async (actual) => {
  loaded.push('mammoth');
  return actual();
});
vi.mock('html-to-text', async (actual) => {
  loaded.push('html-to-text');
  return actual();
});

const file = (text: string | Uint8Array, mimeType: string, filename: string) => ({
  bytes: typeof text === 'string' ? Buffer.from(text) : text,
  mimeType,
  filename,
});

async function failure(promise: Promise<unknown>): Promise<ExtractionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe('extractText', () => {
  // First: the other tests load the parsers.
  it('loads a parser only when a file of its kind comes', async () => {
    await extractText(file('plain', 'text/plain', 'a.txt'));
    expect(loaded).toEqual([]);
    await extractText(file(await pdfDocument(['one page']), PDF_TYPE, 'a.pdf'));
    expect(loaded).toEqual(['pdfjs']);
  });

  it('reads text, Markdown, CSV and source files as they are, without a BOM or NULs', async () => {
    expect(await extractText(file('\uFEFFplain\ntext', 'text/plain', 'a.txt'))).toBe('plain\ntext');
    expect(await extractText(file('# Title\n\n- item', 'text/markdown', 'a.md'))).toBe('# Title\n\n- item');
    expect(await extractText(file('a,b\n1,2', 'text/csv', 'a.csv'))).toBe('a,b\n1,2');
    expect(await extractText(file('const a = 1;', 'video/mp2t', 'a.ts'))).toBe('const a = 1;');
    expect(await extractText(file('x\0y', 'text/plain', 'a.txt'))).toBe('xy');
  });

  it('goes by the extension when the media type says nothing', async () => {
    expect(await extractText(file('# md', 'application/octet-stream', 'notes.md'))).toBe('# md');
    expect(await extractText(file('{"a":1}', '', 'data.json'))).toBe('{"a":1}');
    expect(kindOf('', 'page.html')).toBe('html');
    expect(kindOf('application/octet-stream', 'paper.pdf')).toBe('pdf');
    expect(kindOf('', 'letter.docx')).toBe('docx');
    expect(kindOf('text/plain; charset=utf-8', 'x.bin')).toBe('text');
    // Windows browsers label CSV as Excel's.
    expect(kindOf('application/vnd.ms-excel', 'data.csv')).toBe('text');
  });

  it('keeps JSON as written, and fails JSON that does not parse as invalid_file', async () => {
    expect(await extractText(file('{ "a": [1, 2] }', 'application/json', 'a.json'))).toBe('{ "a": [1, 2] }');
    const error = await failure(extractText(file('{"a":', 'application/json', 'broken.json')));
    expect(error.code).toBe('invalid_file');
    expect(error.message).toContain('broken.json');
  });

  it('fails bytes that are not UTF-8 as invalid_file', async () => {
    const error = await failure(extractText(file(new Uint8Array([0x66, 0xff, 0xfe]), 'text/plain', 'a.txt')));
    expect(error.code).toBe('invalid_file');
    expect(error.message).toMatch(/UTF-8/);
  });

  it("reads HTML's text, without scripts, styles, images or link targets", async () => {
    const html =
      '<html><head><style>p{color:red}</style><script>var secret = 1</script></head>' +
      '<body><h1>Field Guide</h1><p>Owls hunt at <a href="https://x.test/night">night</a>.</p>' +
      '<img src="owl.png" alt="owl"></body></html>';
    const text = await extractText(file(html, 'text/html', 'guide.html'));
    expect(text).toBe('Field Guide\n\nOwls hunt at night.');
  });

  it('fails HTML its parser cannot walk (nesting past the call stack) as invalid_file', async () => {
    const deep = '<b>'.repeat(20_000) + 'deep';
    const error = await failure(extractText(file(deep, 'text/html', 'deep.html')));
    expect(error.code).toBe('invalid_file');
    expect(error.message).toContain('deep.html');
  });

  it('reads every page of a PDF, in order', async () => {
    const pdf = await pdfDocument([
      'The first page is about the migration of arctic terns.',
      'The second page is about puffins nesting on cliffs.',
      'The third page mentions the gannet.',
    ]);
    const text = await extractText(file(pdf, PDF_TYPE, 'birds.pdf'));
    expect(text).toBe(
      'The first page is about the migration of arctic terns.\n\n' +
        'The second page is about puffins nesting on cliffs.\n\n' +
        'The third page mentions the gannet.',
    );
  });

  it('leaves the caller its PDF bytes (pdfjs detaches what it is given)', async () => {
    const pdf = await pdfDocument(['kept']);
    await extractText(file(pdf, PDF_TYPE, 'a.pdf'));
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(await extractText(file(pdf, PDF_TYPE, 'a.pdf'))).toBe('kept');
  });

  it('fails a corrupt or truncated PDF as invalid_file', async () => {
    const corrupt = await failure(extractText(file('%PDF-1.7\nnot really', PDF_TYPE, 'bad.pdf')));
    expect(corrupt.code).toBe('invalid_file');
    expect(corrupt.message).toContain('bad.pdf');
    const whole = await pdfDocument(['some text on a page']);
    const truncated = await failure(extractText(file(whole.subarray(0, 200), PDF_TYPE, 'cut.pdf')));
    expect(truncated.code).toBe('invalid_file');
  });

  it('fails a PDF or DOCX with no text (a scan: its pages are images) as invalid_file, not an empty file', async () => {
    const scan = await failure(extractText(file(await pdfDocument(['', '']), PDF_TYPE, 'scan.pdf')));
    expect(scan.code).toBe('invalid_file');
    expect(scan.message).toMatch(/scan\.pdf.*no text/);
    const blank = await failure(extractText(file(await docxDocument(['']), DOCX_TYPE, 'blank.docx')));
    expect(blank.code).toBe('invalid_file');
  });

  it("reads a DOCX document's paragraphs", async () => {
    const docx = await docxDocument(['Quarterly report', 'Revenue grew by 12 percent.', 'Costs fell.']);
    expect(await extractText(file(docx, DOCX_TYPE, 'report.docx'))).toBe(
      'Quarterly report\n\nRevenue grew by 12 percent.\n\nCosts fell.',
    );
  });

  it('fails a DOCX that is not one as invalid_file', async () => {
    const error = await failure(extractText(file('PK not a zip', DOCX_TYPE, 'bad.docx')));
    expect(error.code).toBe('invalid_file');
    expect(error.message).toContain('bad.docx');
  });

  it('fails a type it cannot read as unsupported_file, naming the file', async () => {
    const image = await failure(extractText(file(new Uint8Array([0x89, 0x50]), 'image/png', 'cat.png')));
    expect(image.code).toBe('unsupported_file');
    expect(image.message).toContain('cat.png');
    const unknown = await failure(extractText(file('?', 'application/octet-stream', 'blob')));
    expect(unknown.code).toBe('unsupported_file');
  });
});
