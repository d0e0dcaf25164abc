/** The dateline and wire credits that open a news story: "Moscow, March 21 (AFP/APP): …". */

export interface Dateline {
  /** Place of the dateline, e.g. "Moscow". */
  dateline: string | null;
  /** Wire agencies credited, e.g. ["AFP", "APP"]. */
  agencies: string[];
  /** Where the story proper starts, after the dateline prefix (0 when there is none). */
  bodyStart: number;
}

export function readDateline(_text: string): Dateline {
  return { dateline: null, agencies: [], bodyStart: 0 };
}
