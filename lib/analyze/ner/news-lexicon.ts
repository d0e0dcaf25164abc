/**
 * Small hand-made lists for news text: the titles that stand before names, the demonyms that
 * qualify them, and the short forms news writes for well-known places and bodies.
 */

/** Titles and offices, lowercased, as they stand before a name ("Prime Minister Fumio Kishida"). */
export const TITLES: string[] = [
  'president', 'vice president', 'president-elect', 'prime minister', 'deputy prime minister', 'premier',
  'chancellor', 'secretary of state', 'secretary-general', 'secretary general', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'interior minister', 'health minister',
  'trade minister', 'economy minister', 'energy minister', 'minister', 'foreign secretary', 'home secretary',
  'defence secretary', 'defense secretary', 'treasury secretary', 'secretary', 'attorney general',
  'king', 'queen', 'prince', 'crown prince', 'princess', 'emperor', 'pope', 'sheikh', 'emir', 'sultan',
  'senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.', 'governor', 'gov.', 'mayor',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'opposition leader',
  'chief executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'general', 'gen.', 'admiral',
  'colonel', 'commander', 'judge', 'justice', 'chief justice', 'coach', 'manager', 'archbishop',
  'bishop', 'cardinal', 'ayatollah', 'speaker',
];

/** Courtesy titles: stripped from names, but not a role. */
export const HONORIFICS: string[] = ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady'];

/** Demonym → country, for roles ("Japanese Prime Minister" → "Prime Minister of Japan"). */
export const COUNTRY_OF_DEMONYM: Record<string, string> = {
  afghan: 'Afghanistan', american: 'United States', argentine: 'Argentina', argentinian: 'Argentina',
  australian: 'Australia', austrian: 'Austria', belgian: 'Belgium', brazilian: 'Brazil', british: 'United Kingdom',
  bulgarian: 'Bulgaria', canadian: 'Canada', chilean: 'Chile', chinese: 'China', colombian: 'Colombia',
  croatian: 'Croatia', cuban: 'Cuba', czech: 'Czech Republic', danish: 'Denmark', dutch: 'Netherlands',
  egyptian: 'Egypt', estonian: 'Estonia', ethiopian: 'Ethiopia', finnish: 'Finland', french: 'France',
  german: 'Germany', greek: 'Greece', hungarian: 'Hungary', indian: 'India', indonesian: 'Indonesia',
  iranian: 'Iran', iraqi: 'Iraq', irish: 'Ireland', israeli: 'Israel', italian: 'Italy', japanese: 'Japan',
  jordanian: 'Jordan', kenyan: 'Kenya', korean: 'Korea', latvian: 'Latvia', lebanese: 'Lebanon',
  libyan: 'Libya', lithuanian: 'Lithuania', malaysian: 'Malaysia', mexican: 'Mexico', moroccan: 'Morocco',
  nigerian: 'Nigeria', norwegian: 'Norway', pakistani: 'Pakistan', palestinian: 'Palestine', peruvian: 'Peru',
  philippine: 'Philippines', polish: 'Poland', portuguese: 'Portugal', romanian: 'Romania', russian: 'Russia',
  saudi: 'Saudi Arabia', serbian: 'Serbia', slovak: 'Slovakia', spanish: 'Spain', swedish: 'Sweden',
  swiss: 'Switzerland', syrian: 'Syria', taiwanese: 'Taiwan', thai: 'Thailand', turkish: 'Turkey',
  ukrainian: 'Ukraine', venezuelan: 'Venezuela', vietnamese: 'Vietnam', yemeni: 'Yemen',
};

/** Country names read with "the" in "President of the United States". */
export const COUNTRIES_WITH_ARTICLE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'Czech Republic']);

/** Short forms news writes for well-known places and bodies → the long form and its type. */
export const LONG_FORMS: Record<string, { name: string; type: 'place' | 'organization' }> = {
  US: { name: 'United States', type: 'place' },
  'U.S.': { name: 'United States', type: 'place' },
  USA: { name: 'United States', type: 'place' },
  UK: { name: 'United Kingdom', type: 'place' },
  'U.K.': { name: 'United Kingdom', type: 'place' },
  UAE: { name: 'United Arab Emirates', type: 'place' },
  UN: { name: 'United Nations', type: 'organization' },
  'U.N.': { name: 'United Nations', type: 'organization' },
  EU: { name: 'European Union', type: 'organization' },
  G7: { name: 'Group of Seven', type: 'organization' },
  'G-7': { name: 'Group of Seven', type: 'organization' },
  G8: { name: 'Group of Eight', type: 'organization' },
  G20: { name: 'Group of Twenty', type: 'organization' },
  'G-20': { name: 'Group of Twenty', type: 'organization' },
};

/** Seats of government that news uses for the government itself: organizations, not places. */
export const GOVERNMENT_SEATS = new Set([
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee', 'Élysée', 'Whitehall', 'Zhongnanhai',
  'Blue House', 'Quai d’Orsay', "Quai d'Orsay", 'Capitol Hill',
]);

/** Nouns that, put next to a name ("Bucha, a town"; "the alliance known as the Quad"), give its type. */
export const PLACE_NOUNS = new Set([
  'town', 'city', 'village', 'region', 'province', 'district', 'suburb', 'port', 'island', 'state', 'country',
  'capital', 'county', 'area', 'municipality', 'settlement', 'neighbourhood', 'neighborhood',
]);
export const ORGANIZATION_NOUNS = new Set([
  'company', 'firm', 'group', 'bank', 'party', 'agency', 'organisation', 'organization', 'alliance', 'bloc',
  'coalition', 'network', 'union', 'club', 'newspaper', 'broadcaster', 'airline', 'carrier', 'movement',
  'militia', 'charity', 'team', 'band', 'startup', 'insurer', 'retailer', 'maker', 'manufacturer',
]);

/** Nouns business news puts right before a company's name: "cables giant Pirelli", "carmaker Fiat". */
export const BUSINESS_NOUNS = new Set(['giant', 'carmaker', 'automaker', 'conglomerate', 'consortium', 'lender', 'brokerage', 'chain', 'operator', 'supplier']);

/** Things news names that are neither places nor bodies: "the Power of Siberia 2 gas pipeline". */
export const PRODUCT_NOUNS = new Set([
  'pipeline', 'project', 'programme', 'program', 'vaccine', 'missile', 'missiles', 'rocket', 'satellite',
  'reactor', 'spacecraft', 'jet', 'jets', 'aircraft', 'tank', 'tanks', 'drone', 'drones',
]);

/** Companies' legal forms, as they end a company's name: "Acme Inc", "Pirelli SpA", "Banco Rural SA". */
const LEGAL_FORMS = new Set([
  'Inc', 'Corp', 'Corporation', 'Co', 'Cos', 'Ltd', 'LLC', 'LLP', 'PLC', 'plc', 'GmbH', 'AG', 'NV', 'BV', 'SA',
  'SpA', 'Srl', 'AB', 'ASA', 'Oyj', 'Pty', 'Bhd', 'Tbk',
]);

/** The name without the legal form it ends with ("Pirelli SpA" → "Pirelli"; "Acme Inc." → "Acme"); null when it ends with none. */
export function withoutLegalForm(name: string): string | null {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1).replace(/\.$/, '');
  return space > 0 && LEGAL_FORMS.has(last) ? name.slice(0, space) : null;
}
