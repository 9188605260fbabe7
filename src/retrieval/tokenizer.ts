/**
 * The BPE tokenizer the gateway counts and chunks with: gpt-tokenizer's o200k encoding, loaded on
 * first use (it takes a few hundred ms and tens of MB), and the one way texts are handed to it.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

export type Encoding = typeof import('gpt-tokenizer/encoding/o200k_base');

let encoding: Promise<Encoding> | undefined;

export const loadEncoding = (): Promise<Encoding> =>
  (encoding ??= import('gpt-tokenizer/encoding/o200k_base'));

/**
 * The encoding's vocabulary, by token: its text, or its bytes when they are not UTF-8 by themselves
 * (a part of a character). The very array the encoding is built from, so it costs nothing more.
 */
export type Vocabulary = readonly (string | readonly number[])[];

export const loadVocabulary = async (): Promise<Vocabulary> =>
  (await import('gpt-tokenizer/bpeRanks/o200k_base')).default;

/** Whether a token's bytes begin inside a character (a UTF-8 continuation byte): no cut may fall before it. */
export function continuesCharacter(vocabulary: Vocabulary, token: number): boolean {
  const entry = vocabulary[token];
  return typeof entry === 'object' && ((entry[0] ?? 0) & 0xc0) === 0x80;
}

/**
 * Special tokens (`<|endoftext|>`) in a text are text: the encoder would otherwise throw on them,
 * and an uploaded file or a message may well contain one.
 */
export const AS_TEXT = { disallowedSpecial: new Set<string>() };

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

const isSpace = (code: number) => /\s/.test(String.fromCharCode(code));

/** A hard cut between the halves of a surrogate pair (an emoji in unspaced text) would garble it. */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > MAX_PIECE_CHARS) {
    let cut = start + MAX_PIECE_CHARS;
    while (cut > start && !(text.charCodeAt(cut) === 32 && !isSpace(text.charCodeAt(cut - 1)))) cut--;
    if (cut === start)
      cut = start + MAX_PIECE_CHARS - (isHighSurrogate(text.charCodeAt(start + MAX_PIECE_CHARS - 1)) ? 1 : 0);
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

/**
 * Tokenizing runs on the event loop: the returned function, told how many characters were just
 * tokenized, gives other work a turn once CHARS_PER_TURN have been since the last one.
 */
export function turnTaker(): (chars: number) => Promise<void> {
  let sinceTurn = 0;
  return async (chars) => {
    sinceTurn += chars;
    if (sinceTurn < CHARS_PER_TURN) return;
    sinceTurn = 0;
    await nextTurn();
  };
}
