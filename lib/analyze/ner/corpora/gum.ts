/**
 * Reads GUM's CoNLL-U documents into the same documents the CoNLL reader gives: text plus gold
 * names. GUM marks every mention (pronouns and common nouns too) in the MISC column's `Entity=`
 * brackets; a mention is a name when its head word is a proper noun (PROPN, or Penn's NNP). A name's span is the run of
 * proper nouns around that head, joined by the small words that sit inside names ("University of
 * Helsinki", "Francisco de Zurbarán"), so "the", a person's title or a relative clause of the
 * mention stay out, as in CoNLL's annotation. Names inside a longer name are left to it (one flat layer).
 * Paragraphs are laid out a line each, sentences joined by a space, as the pipeline reads a page.
 */
import { HONORIFICS, TITLES } from '../news-lexicon';
import type { ConllDocument, ConllName } from './conll';

/** GUM's entity types and the CoNLL class each becomes; proper-noun dates and amounts are no names. */
const LABEL_OF_GUM_TYPE: Record<string, string | undefined> = {
  person: 'PER',
  place: 'LOC',
  organization: 'ORG',
  object: 'MISC',
  event: 'MISC',
  abstract: 'MISC',
  substance: 'MISC',
  animal: 'MISC',
  plant: 'MISC',
};

/** Words of a title or honorific, which CoNLL leaves out of a person's name ("Justice Scalia"). */
const TITLE_WORDS = new Set([...TITLES, ...HONORIFICS].map((title) => title.toLowerCase()));

/**
 * Words that may join two proper nouns inside one name ("University of Helsinki", "Francisco de
 * Zurbarán", "Bank of the West", "Douglas & Lomason"); "and", "in" or a comma part two names.
 */
const INNER_NAME_WORDS = new Set([
  'of',
  'the',
  'de',
  'du',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'zu',
  'la',
  'le',
  'al',
  'el',
  'on',
  'for',
  'y',
  '&',
  '-',
  '.',
]);

interface Word {
  form: string;
  /** A proper noun by its universal or its Penn tag: "United" of "United States" is a VERB tagged NNP. */
  proper: boolean;
  /** Index (in the document) of the word this one depends on; -1 for a sentence root. */
  head: number;
  sentence: number;
  start: number;
  end: number;
}

interface Mention {
  label: string;
  first: number;
  last: number;
}

export interface GumDocument extends ConllDocument {
  /** GUM's document id ("GUM_bio_byron") and genre ("bio"). */
  id: string;
  genre: string;
}

/** Splits a CoNLL-U file of one or more GUM documents into documents with text and gold names. */
export function readGumDocuments(content: string): GumDocument[] {
  return gumDocumentBlocks(content).map(readDocument);
}

/** A CoNLL-U file of GUM's, one block of lines per document, each starting at its `# newdoc id = `. */
export function gumDocumentBlocks(content: string): string[] {
  return content
    .split(/^# newdoc id = /mu)
    .slice(1)
    .map((block) => `# newdoc id = ${block}`);
}

/** A document block's id ("GUM_bio_byron") and genre ("bio"): its `meta::genre`, else the id's second part. */
export function gumDocumentHeader(block: string): { id: string; genre: string } {
  const id = /^# newdoc id = (\S+)/u.exec(block)![1];
  return { id, genre: /^# meta::genre = (\S+)/mu.exec(block)?.[1] ?? id.split('_')[1] };
}

function readDocument(block: string): GumDocument {
  const { id, genre } = gumDocumentHeader(block);
  const words: Word[] = [];
  const mentions: Mention[] = [];
  const open = new Map<string, Mention[]>();
  let text = '';
  let sentenceStart = 0;
  let sentence = 0;
  let rangeEnd = 0;
  let range: { form: string; start: number; used: number } | null = null;
  for (const line of block.split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) {
      if (text) text = text.trimEnd() + '\n';
      continue;
    }
    if (line.startsWith('# sent_id')) {
      sentenceStart = words.length;
      sentence++;
      range = null;
      if (text && !text.endsWith('\n') && !text.endsWith(' ')) text += ' ';
      continue;
    }
    const fields = line.split('\t');
    if (fields.length < 10) continue;
    const [idField, form, , pos, xpos, , headField, , , misc] = fields;
    const spaceAfter = !misc.split('|').includes('SpaceAfter=No');
    if (idField.includes('-')) {
      // A multi-word token ("can't" = "ca" + "n't"): the text holds it once; its words share its span.
      rangeEnd = Number(idField.split('-')[1]);
      range = { form, start: text.length, used: 0 };
      text += form + (spaceAfter ? ' ' : '');
      continue;
    }
    if (idField.includes('.')) continue;
    let span: [number, number];
    if (range && Number(idField) <= rangeEnd) span = spanInRange(range, form);
    else {
      span = [text.length, text.length + form.length];
      text += form + (spaceAfter ? ' ' : '');
    }
    const index = words.length;
    const head = Number(headField);
    words.push({
      form,
      proper: pos === 'PROPN' || xpos.startsWith('NNP'),
      head: head === 0 ? -1 : sentenceStart + head - 1,
      sentence,
      start: span[0],
      end: span[1],
    });
    readEntityBrackets(misc, index, open, mentions);
  }
  const names = flatNames(mentions.flatMap((mention) => nameOf(mention, words)));
  return { id, genre, text: text.trimEnd(), names };
}

/**
 * A word's span inside its multi-word token ("Navarro" and "’s" of "Navarro’s"); the whole token
 * when the word is not spelled in it ("wo" of "won't").
 */
function spanInRange(range: { form: string; start: number; used: number }, form: string): [number, number] {
  const at = range.form.indexOf(form, range.used);
  if (at < 0) return [range.start, range.start + range.form.length];
  range.used = at + form.length;
  return [range.start + at, range.start + range.used];
}

/**
 * Opens and closes the mentions a word's `Entity=` value marks: "(3-person-…", "3)", "(4-place-…)".
 * A mention's fields hold no bracket (GUM escapes them in identities), so a ")" right after them
 * closes that same mention.
 */
function readEntityBrackets(misc: string, index: number, open: Map<string, Mention[]>, mentions: Mention[]): void {
  const value = misc
    .split('|')
    .find((field) => field.startsWith('Entity='))
    ?.slice('Entity='.length);
  if (!value) return;
  for (const [, openId, type, closesAtOnce, closeId] of value.matchAll(/\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/gu)) {
    if (openId) {
      const mention = { label: LABEL_OF_GUM_TYPE[type] ?? '', first: index, last: index };
      if (closesAtOnce) mentions.push(mention);
      else open.set(openId, [...(open.get(openId) ?? []), mention]);
    } else {
      const stack = open.get(closeId);
      const mention = stack?.pop();
      if (!mention) continue;
      mention.last = index;
      mentions.push(mention);
    }
  }
}

/** The mention's name (proper-noun run around its head), when its head is a proper noun. */
function nameOf(mention: Mention, words: Word[]): ConllName[] {
  if (!mention.label) return [];
  const head = headOf(mention, words);
  // "Emperor of the United States", "Earl of Clare": a role, not a name; the names inside it stand alone.
  if (!words[head].proper || isTitle(words[head])) return [];
  let first = head;
  let last = head;
  const inSentence = (limit: number, step: number): number => {
    let i = head;
    while (i !== limit && words[i + step].sentence === words[head].sentence) i += step;
    return i;
  };
  const firstLimit = inSentence(mention.first, -1);
  const lastLimit = inSentence(mention.last, 1);
  while (first > firstLimit && joinsName(words, first - 1, -1, firstLimit)) first--;
  while (last < lastLimit && joinsName(words, last + 1, 1, lastLimit)) last++;
  while (!words[first].proper || (mention.label === 'PER' && first < head && isTitle(words[first]))) first++;
  while (!words[last].proper) last--;
  return [{ label: mention.label, start: words[first].start, end: words[last].end }];
}

/**
 * May word `i` belong to the name growing towards it (`step` -1: leftwards)? A proper noun may;
 * a small inner word may when a proper noun follows it on the far side, inside the mention.
 */
function joinsName(words: Word[], i: number, step: number, limit: number): boolean {
  if (words[i].proper) return true;
  if (!isInnerNameWord(words[i])) return false;
  for (let j = i + step; step < 0 ? j >= limit : j <= limit; j += step) {
    if (words[j].proper) return true;
    if (!isInnerNameWord(words[j])) return false;
  }
  return false;
}

function isTitle(word: Word): boolean {
  return TITLE_WORDS.has(word.form.toLowerCase());
}

function isInnerNameWord(word: Word): boolean {
  return INNER_NAME_WORDS.has(word.form.toLowerCase());
}

/** The mention's head: its first word whose own head lies outside the mention. */
function headOf(mention: Mention, words: Word[]): number {
  for (let i = mention.first; i <= mention.last; i++) {
    const head = words[i].head;
    if (head < mention.first || head > mention.last) return i;
  }
  return mention.first;
}

/** The names no other name contains, in text order, each span once. */
function flatNames(names: ConllName[]): ConllName[] {
  const sorted = [...names].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ConllName[] = [];
  for (const name of sorted) {
    const previous = kept.at(-1);
    if (previous && name.start < previous.end) continue;
    kept.push(name);
  }
  return kept;
}
