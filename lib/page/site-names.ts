/**
 * The names a page gives its site (its metadata and its address), compared the way pages write
 * them: the extraction's title and byline both cut what only names the site, and the summary
 * shows no byline that names the site again. Below both, so the page's reader (which shows the
 * summary in its card) loads this and not the extraction.
 */

/** Patterns by meaning, in one table. */
const SITE_NAME_PATTERNS = {
  /** A site's name written as its domain ("Factorio.com"): the ending is not part of the name. */
  domainEnding: /\.[a-z]{2,}$/i,
  /** A leading "the", which pages write or leave out of their own name ("the Guardian"). */
  leadingThe: /^the\s+/i,
  /** What is not a letter or digit: names are compared on these alone. */
  notLetterOrDigit: /[^\p{L}\p{N}]+/gu,
  /** Host labels that name no site. */
  genericHostLabel: /^(?:www\d*|m|amp|mobile|edition|news|co|com|org|net|gov|ac)$/i,
};

/**
 * A name as compared: letters and digits only, case folded, without a leading "the" or a domain's
 * ending, which pages write or leave out of their own name on either side ("Story | Salon.com").
 */
export function nameKey(name: string): string {
  return name
    .trim()
    .replace(SITE_NAME_PATTERNS.leadingThe, '')
    .replace(SITE_NAME_PATTERNS.domainEnding, '')
    .toLowerCase()
    .replace(SITE_NAME_PATTERNS.notLetterOrDigit, '');
}

/** The site's names as compared (og:site_name, the publisher…), and its host's name; none empty. */
export function siteNameKeys(siteNames: readonly string[], url: string | null): string[] {
  return [...siteNames, ...hostNames(url)].map(nameKey).filter(Boolean);
}

/** "https://www.theguardian.com/world/…" → ["theguardian"]: the host's labels but its ending and generic ones. */
function hostNames(url: string | null): string[] {
  const labels = hostOf(url).split('.').slice(0, -1);
  return labels.filter((label) => label && !SITE_NAME_PATTERNS.genericHostLabel.test(label));
}

/** The address's host; empty for no address or none of the web's (about:blank has no host). */
function hostOf(url: string | null): string {
  // Not URL.canParse: Chromium has it only from version 120, and the manifest sets no minimum.
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
