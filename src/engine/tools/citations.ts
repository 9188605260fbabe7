/**
 * Where a model's answer cites the results hosted tools gave it. Results reach the model numbered
 * ([1], [2], … across the response's hosted calls, of every tool), so a citation is a bracketed
 * result number (`[2]`, `[1, 3]`, `【2】`, `【2†source】`) — and, for web search results, also a
 * markdown link to a result's URL (`[text](url)`) or a result's URL written out. The text is left
 * as the model wrote it. A url_citation spans the citation itself; a file_citation has one `index`,
 * the citation's start (see fileCitations). Indices count Unicode code points (as OpenAI's, which
 * Python slices), end exclusive. Pure.
 */
import type { FileCitation, UrlCitation } from '../../api-types.js';
import type { CitableFile, CitableSource } from './hosted.js';

interface Span {
  start: number;
  end: number;
  source: CitableSource;
}

const MARKDOWN_LINK = /\[([^\]\n]*)\]\((\S+?)\)/g;
const NUMBERS = /\[(\d+(?:\s*,\s*\d+)*)\]|【(\d+)(?:†[^】]*)?】/g;
/** Characters that continue a URL (a `.` does when one of these follows it). */
const URL_CHAR = /[A-Za-z0-9\-_~/?#%&=+:@!$*]/;

/** The same page however the model wrote its URL: no fragment, no trailing slash. */
export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u);
      url.hash = '';
      return url.href.replace(/\/+$/, '');
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/** What a tool's results gave the model to cite, by the number the model was told each by. */
export type Numbered<T> = ReadonlyMap<number, T>;

/** A list numbered by its places, from 1. */
export function inOrder<T>(list: readonly T[]): Numbered<T> {
  return new Map(list.map((item, i) => [i + 1, item]));
}

/** A bracketed citation of result numbers (`[1, 3]`, `【2†source】`): where it is, what it cites. */
export interface NumberedCitation {
  start: number;
  end: number;
  numbers: number[];
}

/** The bracketed result numbers in `text`, in order; `[2](…)` is a markdown link, not one of them. */
export function numberedCitations(text: string): NumberedCitation[] {
  const found: NumberedCitation[] = [];
  for (const m of text.matchAll(NUMBERS)) {
    const end = m.index + m[0].length;
    if (text[end] === '(') continue;
    found.push({ start: m.index, end, numbers: (m[1] ?? m[2]!).split(',').map((n) => Number(n.trim())) });
  }
  return found;
}

/** The citations in `text` of `sources` (a list is numbered by its places, from 1). */
export function urlCitations(
  text: string,
  sources: readonly CitableSource[] | Numbered<CitableSource>,
): UrlCitation[] {
  const numbered = Array.isArray(sources) ? inOrder(sources) : (sources as Numbered<CitableSource>);
  if (!numbered.size) return [];
  const spans: Span[] = [];
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    const source = [...numbered.values()].find((s) => sameUrl(s.url, m[2]!));
    if (source) spans.push({ start: m.index, end: m.index + m[0].length, source });
  }
  for (const { start, end, numbers } of numberedCitations(text)) {
    // A number inside a markdown link to a result is that link's, annotated above.
    if (taken(start, end)) continue;
    for (const n of numbers) {
      const source = numbered.get(n);
      if (source) spans.push({ start, end, source });
    }
  }
  // Longest URLs first: one result's URL may begin another's.
  for (const source of [...numbered.values()].sort((a, b) => b.url.length - a.url.length)) {
    for (const url of new Set([source.url, source.url.replace(/\/+$/, '')])) {
      for (let at = text.indexOf(url); at !== -1; at = text.indexOf(url, at + 1)) {
        const end = at + url.length;
        if (continuesUrl(text, end) || taken(at, end)) continue;
        spans.push({ start: at, end, source });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.map(({ start, end, source }) => ({
    type: 'url_citation',
    url: source.url,
    title: source.title,
    start_index: codePoints(text, start),
    end_index: codePoints(text, end),
  }));
}

/**
 * The citations in `text` of `files`. A file_citation has one position, `index`: the start of the
 * citation as the model wrote it, which is where the statement it supports ends — the place
 * OpenAI's index points to in its text, from which it removed the citation. A citation of several
 * results gives one annotation per result, at the same index.
 */
export function fileCitations(text: string, files: Numbered<CitableFile>): FileCitation[] {
  if (!files.size) return [];
  return numberedCitations(text).flatMap(({ start, numbers }) =>
    numbers.flatMap((n) => {
      const file = files.get(n);
      return file
        ? [
            {
              type: 'file_citation' as const,
              file_id: file.fileId,
              filename: file.filename,
              index: codePoints(text, start),
            },
          ]
        : [];
    }),
  );
}

function continuesUrl(text: string, at: number): boolean {
  const next = text[at];
  if (next === undefined) return false;
  if (next === '.' || next === ',') return URL_CHAR.test(text[at + 1] ?? ' ');
  return URL_CHAR.test(next);
}

/** How many code points the first `units` UTF-16 units of `text` hold. */
function codePoints(text: string, units: number): number {
  let count = 0;
  for (let i = 0; i < units; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < units) i++;
    count++;
  }
  return count;
}
