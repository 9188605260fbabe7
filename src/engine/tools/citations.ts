/**
 * Where a model's answer cites the web search results it was given, as url_citation annotations.
 * The results reach the model numbered ([1], [2], … across the response's searches) with their
 * URLs, so a citation is any of: a markdown link to a result's URL (`[text](url)`), a bracketed
 * result number (`[2]`, `[1, 3]`, `【2】`, `【2†source】`), or a result's URL written out. The text
 * is left as the model wrote it; each annotation spans the citation itself. Indices count Unicode
 * code points (as OpenAI's, which Python slices), end exclusive. Pure.
 */
import type { UrlCitation } from '../../api-types.js';
import type { CitableSource } from './hosted.js';

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

/** The citations in `text` of `sources`, whose numbers are their places in the list, from 1. */
export function urlCitations(text: string, sources: readonly CitableSource[]): UrlCitation[] {
  if (!sources.length) return [];
  const spans: Span[] = [];
  const taken = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    const source = sources.find((s) => sameUrl(s.url, m[2]!));
    if (source) spans.push({ start: m.index, end: m.index + m[0].length, source });
  }
  for (const m of text.matchAll(NUMBERS)) {
    const end = m.index + m[0].length;
    // `[2](…)` is a link, handled above (or not a citation when its URL is none of the results).
    if (text[end] === '(' || taken(m.index, end)) continue;
    for (const n of (m[1] ?? m[2]!).split(',')) {
      const source = sources[Number(n.trim()) - 1];
      if (source) spans.push({ start: m.index, end, source });
    }
  }
  // Longest URLs first: one result's URL may begin another's.
  for (const source of [...sources].sort((a, b) => b.url.length - a.url.length)) {
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
