/**
 * The language of a text whose page did not declare one: Chinese, Japanese or Korean by its
 * script; English, Spanish, French, German, Portuguese or Italian by its commonest words. A
 * Spanish story on a page without a lang attribute (La Nación) was read as English, and came
 * out as people like "Desde" and "Pero".
 */

/** Each language's commonest short words, chosen to set it apart from the others. */
const COMMON_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'of',
    'and',
    'to',
    'in',
    'a',
    'is',
    'that',
    'for',
    'it',
    'on',
    'was',
    'with',
    'as',
    'he',
    'she',
    'said',
    'by',
    'at',
    'from',
    'his',
    'her',
    'be',
    'are',
    'have',
    'has',
    'this',
    'an',
    'not',
    'but',
    'they',
    'were',
    'who',
    'will',
    'its',
    'their',
    'been',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'del',
    'y',
    'que',
    'en',
    'por',
    'una',
    'con',
    'para',
    'es',
    'se',
    'al',
    'lo',
    'su',
    'como',
    'más',
    'pero',
    'sus',
  ]),
  fr: new Set([
    'le',
    'les',
    'des',
    'et',
    'est',
    'du',
    'une',
    'pour',
    'qui',
    'dans',
    'pas',
    'sur',
    'au',
    'il',
    'ce',
    'aux',
    'avec',
    'ont',
    'mais',
    'elle',
  ]),
  de: new Set([
    'der',
    'die',
    'und',
    'den',
    'von',
    'zu',
    'das',
    'mit',
    'sich',
    'des',
    'auf',
    'für',
    'ist',
    'im',
    'dem',
    'nicht',
    'ein',
    'eine',
    'auch',
    'wird',
  ]),
  pt: new Set([
    'do',
    'da',
    'dos',
    'das',
    'em',
    'não',
    'uma',
    'com',
    'para',
    'os',
    'ao',
    'no',
    'na',
    'pelo',
    'pela',
    'mais',
    'foi',
    'como',
    'seu',
    'sua',
  ]),
  it: new Set([
    'il',
    'di',
    'che',
    'è',
    'per',
    'della',
    'non',
    'una',
    'con',
    'del',
    'gli',
    'sono',
    'nel',
    'alla',
    'anche',
    'dei',
    'delle',
    'più',
    'come',
    'ha',
  ]),
};

/** Share of its common words in a text of that language (news prose runs about 0.25–0.35 in English). */
const MIN_SHARE = 0.12;
/** Words sampled: enough to tell, without reading a long body to its end. */
const SAMPLE_WORDS = 400;

/** Characters sampled to tell a Chinese, Japanese or Korean text by its script. */
const SAMPLE_CHARACTERS = 2000;
/** Share of a text's letters in those scripts from which it is taken for one of them. */
const MIN_SCRIPT_SHARE = 0.3;

const SCRIPTS = {
  letter: /\p{L}/gu,
  han: /\p{Script=Han}/gu,
  kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  hangul: /\p{Script=Hangul}/gu,
};

/**
 * The language of the text, as a BCP 47 code: by its script for Chinese, Japanese and Korean,
 * else by its common words; null when neither tells.
 */
export function guessLanguage(text: string): string | null {
  return languageByScript(text.slice(0, SAMPLE_CHARACTERS)) ?? languageByWords(text);
}

/** "ja" for a text with kana among its ideographs, "ko" for Hangul, "zh" for ideographs alone. */
function languageByScript(sample: string): string | null {
  const letters = countOf(sample, SCRIPTS.letter);
  if (letters === 0) return null;
  const kana = countOf(sample, SCRIPTS.kana);
  const hangul = countOf(sample, SCRIPTS.hangul);
  const han = countOf(sample, SCRIPTS.han);
  if ((kana + han) / letters >= MIN_SCRIPT_SHARE && kana > 0) return 'ja';
  if (hangul / letters >= MIN_SCRIPT_SHARE) return 'ko';
  return han / letters >= MIN_SCRIPT_SHARE ? 'zh' : null;
}

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function languageByWords(text: string): string | null {
  const words = firstWords(text, SAMPLE_WORDS).map((word) => word.toLowerCase());
  if (words.length === 0) return null;
  let best: string | null = null;
  let bestShare = MIN_SHARE;
  for (const [lang, common] of Object.entries(COMMON_WORDS)) {
    const share = words.filter((word) => common.has(word)).length / words.length;
    if (share >= bestShare) [best, bestShare] = [lang, share];
  }
  return best;
}

/** The first `count` words of the text (fewer if it has fewer), without reading past them: a body can be long. */
export function firstWords(text: string, count: number): string[] {
  const word = /\p{L}+/gu;
  const words: string[] = [];
  for (let match = word.exec(text); match && words.length < count; match = word.exec(text)) words.push(match[0]);
  return words;
}
