/**
 * Firms named for their founders: "Douglas & Lomason", "Smith & Wesson", "Edward D. Jones & Co".
 * The tagger reads the names on either side of the "&" apart, often as people; an "&" between
 * names, or before the capitalised words that end a firm's name, makes one organization. No
 * person's or place's name holds an "&" ("AT&T" was seen tagged as a person).
 */
import type { TypedSpan } from './recognizer';
import type { NameSpan } from './tagger';
import { isCapitalised, type TokenLine } from './tokens';

const AMPERSAND = '&';

/** Most capitalised words after an "&" that no other name covers: "& Sons", "& Co", "& Lomason". */
const MAX_WORDS_AFTER_AMPERSAND = 2;

export interface FirmNames {
  spans: TypedSpan[];
  /** The MISC names left once those taken into a firm's name are gone. */
  otherNames: NameSpan[];
}

/** Joins names across "&" into organizations, and types as one any name that holds an "&". */
export function joinFirmNames(spans: TypedSpan[], otherNames: NameSpan[], lines: TokenLine[]): FirmNames {
  const taken = new Set<NameSpan>();
  const typed = new Set<NameSpan>(spans);
  const all = [...spans, ...otherNames].sort((a, b) => a.line - b.line || a.first - b.first);
  const joined: TypedSpan[] = [];
  for (const name of all) {
    if (taken.has(name)) continue;
    const firm = firmFrom(name, all, lines[name.line], taken);
    if (firm) joined.push(firm);
    else if (typed.has(name)) joined.push(name as TypedSpan);
  }
  return { spans: joined, otherNames: otherNames.filter((name) => !taken.has(name)) };
}

/** The organization that `name` begins, holding an "&"; null when it holds none. */
function firmFrom(name: NameSpan, all: NameSpan[], { tokens, words }: TokenLine, taken: Set<NameSpan>): TypedSpan | null {
  // The tail of a name the tagger did not find whole ("Rock & Roll Hall of Fame"): no firm.
  if (words[name.first] === AMPERSAND) return null;
  let last = name.last;
  for (;;) {
    const ampersand = words[last + 1] === AMPERSAND ? last + 1 : -1;
    if (ampersand < 0) break;
    const next = all.find((other) => other.line === name.line && (other.first === ampersand + 1 || other.first === ampersand));
    if (next) {
      taken.add(next);
      last = next.last;
      continue;
    }
    let end = ampersand;
    while (end - ampersand < MAX_WORDS_AFTER_AMPERSAND && isCapitalised(words[end + 1] ?? '')) end++;
    if (end === ampersand) break;
    last = end;
  }
  const holdsAmpersand = words.slice(name.first, last + 1).some((word) => word.includes(AMPERSAND));
  if (!holdsAmpersand) return null;
  taken.add(name);
  return { ...name, label: 'ORG', type: 'organization', last, end: tokens[last].end };
}
