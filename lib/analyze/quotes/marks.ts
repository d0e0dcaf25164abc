/**
 * Quotation marks of a text, paired into quoted spans. Straight ("), curly (“ ” ‘ ’) and guillemet
 * (« ») marks; a mark's role (opening or closing) is read from what stands beside it rather than
 * from its glyph, because typed text mixes them up (”Mr. Trump …” opening a paragraph). A single
 * closing mark between letters is an apostrophe (don’t, Russia’s), and one after a word is a
 * closing mark only while a single quote is open (otherwise it is a plural possessive: voters’).
 */

/** One run of quoted words; offsets exclude the marks and the whitespace next to them. */
export interface QuotedSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just past the closing mark, or the paragraph end when the quote runs on. */
  closeEnd: number;
  /** The quote goes on in the next paragraph (its closing mark is missing here by convention). */
  runsOn: boolean;
}

/**
 * The span of `quoted` (in text order, none overlapping) around `at`, marks included; null when
 * `at` is outside every quote. A binary search: sentence and cue scans ask for every character.
 */
export function quotedSpanAt(quoted: readonly QuotedSpan[], at: number): QuotedSpan | null {
  let low = 0;
  let high = quoted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = quoted[middle];
    if (at < span.openAt) high = middle - 1;
    else if (at >= span.closeEnd) low = middle + 1;
    else return span;
  }
  return null;
}

type MarkFamily = 'double' | 'single' | 'guillemet';

interface OpenMark {
  family: MarkFamily;
  at: number;
}

const MARKS = {
  double: /["“”„]/,
  single: /['‘’]/,
  guillemetOpen: /«/,
  guillemetClose: /»/,
  /** Characters after which a mark opens a quote: line start, space, brackets, dashes, other marks. */
  beforeOpening: /[\s([{\u2014\u2013\-/"“”‘«]/,
  /** Characters before which a mark closes a quote. */
  afterClosing: /[\s.,;:!?)\]}\u2014\u2013\-/"“”’»]/,
  letterOrDigit: /[\p{L}\p{N}]/u,
  /** A sentence's end and a space just before a mark: the mark opens a sentence. */
  sentenceEndBefore: /[.!?]\s+$/,
  /** ’90s, ’em, ’til: an elided word, not an opening quote. */
  elision: /^['’](?:\d\d|em\b|til\b|cause\b|n\b)/,
};

/** The quoted spans of `text`, in order. Nested quotes are part of their outer span. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: OpenMark[] = [];
  let paragraphEnd = nextParagraphEnd(text, 0);
  for (let i = 0; i < text.length; i++) {
    if (i === paragraphEnd) {
      closeAtParagraphEnd(text, i, stack, spans);
      paragraphEnd = nextParagraphEnd(text, i + 1);
      continue;
    }
    const doubled = isDoubledApostrophe(text, i);
    const role = markRole(doubled ? text.slice(0, i) + '"' + text.slice(i + 2) : text, i, stack);
    if (role === null) continue;
    const [action, family] = role;
    const markStart = i;
    if (doubled) i++;
    if (action === 'open') {
      if (lostItsClosingMark(text, markStart, family, stack)) {
        pushSpan(text, stack[0], markStart, markStart, false, spans);
        stack.length = 0;
      }
      stack.push({ family, at: markStart });
      continue;
    }
    const openIndex = findLastIndex(stack, (open) => open.family === family);
    if (openIndex < 0) continue;
    const open = stack[openIndex];
    stack.length = openIndex;
    if (openIndex === 0) pushSpan(text, open, markStart, i + 1, false, spans);
  }
  closeAtParagraphEnd(text, text.length, stack, spans);
  return spans;
}

/**
 * Does the quote still open lack its closing mark, as a new quote of the same family opens a
 * sentence? A quote inside a quote takes the other family (“… ‘…’ …”), and a sentence of the
 * writer's comes between the two ("“It's not so unusual … there. At this point, Wittmann also has not
 * ruled out … “Anna is still young.”"): paired with the later closing mark, the first quote would
 * swallow the second and run to its paragraph's end. It ends before the new mark instead. Single
 * marks are left out: one opening a sentence is as often an apostrophe (’Tis) as a quote.
 */
function lostItsClosingMark(text: string, at: number, family: MarkFamily, stack: OpenMark[]): boolean {
  if (family === 'single' || stack.length === 0 || stack[0].family !== family) return false;
  return MARKS.sentenceEndBefore.test(text.slice(Math.max(0, at - 4), at));
}

/** Whether `text[i]` opens or closes a quote (and of which family), or is no quotation mark. */
function markRole(text: string, i: number, stack: OpenMark[]): ['open' | 'close', MarkFamily] | null {
  const char = text[i];
  if (MARKS.guillemetOpen.test(char)) return ['open', 'guillemet'];
  if (MARKS.guillemetClose.test(char)) return ['close', 'guillemet'];
  const family: MarkFamily | null = MARKS.double.test(char) ? 'double' : MARKS.single.test(char) ? 'single' : null;
  if (!family) return null;
  const before = i > 0 ? text[i - 1] : '\n';
  const after = i + 1 < text.length ? text[i + 1] : '\n';
  const canOpen = MARKS.beforeOpening.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) && MARKS.afterClosing.test(after);
  const isOpen = stack.some((open) => open.family === family);
  if (family === 'single') {
    if (MARKS.letterOrDigit.test(before) && MARKS.letterOrDigit.test(after)) return null;
    if (canOpen && !MARKS.elision.test(text.slice(i, i + 6)))
      return isOpen && canClose ? ['close', family] : ['open', family];
    return canClose && isOpen ? ['close', family] : null;
  }
  if (canOpen && !canClose) return ['open', family];
  if (canClose && !canOpen) return ['close', family];
  // Ambiguous context (a mark glued to words on both sides, or spaced on both): trust the state.
  if (isOpen) return ['close', family];
  return char === '”' ? null : ['open', family];
}

/**
 * At a paragraph break, quotes still open either run on (the next paragraph opens with a mark of
 * the same family: the convention for a quote across paragraphs) or lost their closing mark, and
 * then end with the paragraph. Inner quotes left open are dropped.
 */
function closeAtParagraphEnd(text: string, at: number, stack: OpenMark[], spans: QuotedSpan[]): void {
  if (stack.length === 0) return;
  const outer = stack[0];
  stack.length = 0;
  const nextStart = skipWhitespace(text, at);
  const runsOn = nextStart < text.length && markFamily(text[nextStart]) === outer.family;
  // A lone single mark is more often a misread apostrophe than a quote missing its close.
  if (runsOn || outer.family !== 'single') pushSpan(text, outer, at, at, runsOn, spans);
}

function pushSpan(
  text: string,
  open: OpenMark,
  closeAt: number,
  closeEnd: number,
  runsOn: boolean,
  spans: QuotedSpan[],
): void {
  let start = open.at + (isDoubledApostrophe(text, open.at) ? 2 : 1);
  let end = closeAt;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  spans.push({ start, end, openAt: open.at, closeEnd, runsOn });
}

/**
 * Two apostrophes standing for a double quotation mark, as some newspaper archives print them
 * (''Yes.''), straight or curly: the Associated Press's feed closes quotes with two right single
 * marks (“It was an attempt to mislead voters,’’ Will Moy … told the BBC), and so does a Breitbart
 * story of PolNeAR (a “question’’ that …). Read as single marks, the quote ran on over the narration.
 */
function isDoubledApostrophe(text: string, i: number): boolean {
  const mark = text[i];
  return MARKS.single.test(mark) && text[i + 1] === mark && text[i + 2] !== mark;
}

function markFamily(char: string): MarkFamily | null {
  if (MARKS.double.test(char)) return 'double';
  if (MARKS.single.test(char)) return 'single';
  if (MARKS.guillemetOpen.test(char)) return 'guillemet';
  return null;
}

function nextParagraphEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
