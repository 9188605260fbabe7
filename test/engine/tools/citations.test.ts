/** Citations of hosted tools' results in a model's answer → url_citation and file_citation annotations. */
import { describe, expect, it } from 'vitest';
import {
  fileCitations,
  inOrder,
  numberedCitations,
  sameUrl,
  urlCitations,
} from '../../../src/engine/tools/citations.js';

const SOURCES = [
  { url: 'https://weather.example.com/paris', title: 'Paris weather' },
  { url: 'https://news.example.org/paris-marathon', title: 'Marathon' },
  { url: 'https://docs.example.net/', title: 'Docs' },
];

const spanned = (text: string) =>
  urlCitations(text, SOURCES).map((a) => [[...text].slice(a.start_index, a.end_index).join(''), a.url]);

describe('urlCitations', () => {
  it('annotates bracketed result numbers, each with its result', () => {
    const text = 'Sunny today [1]. The marathon was big [2].';
    expect(urlCitations(text, SOURCES)).toEqual([
      {
        type: 'url_citation',
        url: SOURCES[0]!.url,
        title: 'Paris weather',
        start_index: 12,
        end_index: 15,
      },
      { type: 'url_citation', url: SOURCES[1]!.url, title: 'Marathon', start_index: 38, end_index: 41 },
    ]);
  });

  it('reads number lists and the 【n†source】 form, and ignores numbers no result has', () => {
    expect(spanned('Both [1, 2]; later 【3†source】; not [4] nor [0].')).toEqual([
      ['[1, 2]', SOURCES[0]!.url],
      ['[1, 2]', SOURCES[1]!.url],
      ['【3†source】', SOURCES[2]!.url],
    ]);
  });

  it('annotates a markdown link to a result over the whole link, and not a link elsewhere', () => {
    expect(
      spanned(
        'See [the forecast](https://weather.example.com/paris#today) or [1](https://else.example/) or [2](https://news.example.org/paris-marathon/).',
      ),
    ).toEqual([
      ['[the forecast](https://weather.example.com/paris#today)', SOURCES[0]!.url],
      ['[2](https://news.example.org/paris-marathon/)', SOURCES[1]!.url],
    ]);
  });

  it('annotates a result URL written out, not a longer URL that begins with it', () => {
    expect(
      spanned(
        'From https://weather.example.com/paris. Also https://weather.example.com/paris-old and https://docs.example.net.',
      ),
    ).toEqual([
      ['https://weather.example.com/paris', SOURCES[0]!.url],
      ['https://docs.example.net', SOURCES[2]!.url],
    ]);
  });

  it('counts indices in code points, as OpenAI does', () => {
    const [a] = urlCitations('🌞 sunny [1]', SOURCES);
    expect([a!.start_index, a!.end_index]).toEqual([8, 11]);
  });

  it('finds nothing without sources', () => {
    expect(urlCitations('[1] https://weather.example.com/paris', [])).toEqual([]);
  });

  it('compares URLs without their fragment or trailing slash', () => {
    expect(sameUrl('https://a.example/x/#y', 'https://a.example/x')).toBe(true);
    expect(sameUrl('https://a.example/x', 'https://a.example/y')).toBe(false);
    expect(sameUrl('not a url', 'not a url')).toBe(true);
  });
});

describe('numberedCitations', () => {
  it('finds bracketed numbers and number lists, not markdown links', () => {
    expect(numberedCitations('a [1] b [2, 3] c 【4†x.md】 d [5](https://x.example) e [x]')).toEqual([
      { start: 2, end: 5, numbers: [1] },
      { start: 8, end: 14, numbers: [2, 3] },
      { start: 17, end: 25, numbers: [4] },
    ]);
  });
});

describe('fileCitations', () => {
  const FILES = inOrder([
    { fileId: 'file-a', filename: 'a.md' },
    { fileId: 'file-b', filename: 'b.pdf' },
  ]);

  it("puts each cited file's annotation at the citation's start, one per file of a list", () => {
    const text = 'Leave is 25 days [1]. Both agree 【2†b.pdf】 [1, 2]; [3] is none of them.';
    expect(fileCitations(text, FILES)).toEqual([
      { type: 'file_citation', file_id: 'file-a', filename: 'a.md', index: 17 },
      { type: 'file_citation', file_id: 'file-b', filename: 'b.pdf', index: 33 },
      { type: 'file_citation', file_id: 'file-a', filename: 'a.md', index: 43 },
      { type: 'file_citation', file_id: 'file-b', filename: 'b.pdf', index: 43 },
    ]);
  });

  it('counts the index in code points', () => {
    expect(fileCitations('🌞 sunny [2]', FILES)).toEqual([
      { type: 'file_citation', file_id: 'file-b', filename: 'b.pdf', index: 8 },
    ]);
  });

  it('finds nothing without files', () => {
    expect(fileCitations('[1]', new Map())).toEqual([]);
  });
});

describe('urlCitations of numbered sources', () => {
  it('takes sources by the numbers they were told, skipping numbers of other tools', () => {
    const sources = new Map([[3, { url: 'https://c.example/', title: 'C' }]]);
    expect(urlCitations('Files [1]; web [3].', sources)).toEqual([
      { type: 'url_citation', url: 'https://c.example/', title: 'C', start_index: 15, end_index: 18 },
    ]);
  });
});
