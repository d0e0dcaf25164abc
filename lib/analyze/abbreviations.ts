/**
 * Words written with a full stop that is not a sentence's end (lowercased, without the stop). The
 * sentence splitter and the recogniser's tokens read the same words in and around names; each adds
 * the ones only it needs.
 */

/** Titles, companies' legal forms and the short words of addresses and numbers: "Sen.", "Inc.", "Mt.", "No.". */
export const ABBREVIATIONS_IN_NAMES = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'rev',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'no',
  'vs',
  'mt',
  'ft',
  'ave',
];
