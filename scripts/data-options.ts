/**
 * The command-line options every data script shares: where the developers' data sets and the
 * seed article's gold are (`../shared` beside the project, unless a path is given).
 */
import { resolve } from 'node:path';

export const DATA_OPTION = { data: { type: 'string', default: resolve('../shared/data') } } as const;

export const FIXTURES_OPTION = { fixtures: { type: 'string', default: resolve('../shared/fixtures') } } as const;
