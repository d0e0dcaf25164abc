/**
 * `npm run annotate`: the contract's command line (docs/contract.md).
 *
 *   npm run annotate -- FILE...          Markdown summary of each .html or .txt file
 *   npm run annotate -- --json FILE...   one Analysis a line (JSON Lines), in the order given
 *   npm run annotate -- --jsonl          batch: {"id","text"} or {"id","html","url"} lines on stdin
 *
 * Only output goes to stdout; errors go to stderr (and, in JSON modes, as {"error"} lines so that
 * line N of the output always answers input N).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../lib/analysis';
import { analyzeDocument, analyzePlainText } from '../lib/pipeline';
import { formatSummaryMarkdown } from '../lib/summary/markdown';
import { parseDetachedDocument } from '../lib/extract/detached-document';

const USAGE = `usage: npm run annotate -- [--json] FILE...   (.html, .htm, .html.gz or .txt)
       npm run annotate -- --jsonl < batch.jsonl`;

/** Pages start with markup; anything else is taken as a plain article body. */
const LOOKS_LIKE_HTML = /^\s*(<!doctype|<html|<head|<body|<!--|<meta|<div|<article)/i;

/** A page or a plain body, as read from a file or a JSON line. */
type AnnotateInput = { kind: 'html'; html: string; url?: string } | { kind: 'text'; text: string };

export function analyzeInput(input: AnnotateInput): Analysis {
  if (input.kind === 'text') {
    if (!input.text.trim()) throw new Error('the text is empty');
    return analyzePlainText(input.text);
  }
  if (!input.html.trim()) throw new Error('the page is empty');
  return analyzeDocument(parseDetachedDocument(input.html, input.url), input.url);
}

export function readInputFile(path: string): AnnotateInput {
  const bytes = readFileSync(path);
  const content = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const isHtml = /\.html?(\.gz)?$/i.test(path) || (!/\.txt$/i.test(path) && LOOKS_LIKE_HTML.test(content));
  return isHtml ? { kind: 'html', html: content, url: pathToFileURL(path).href } : { kind: 'text', text: content };
}

/** One line of `--jsonl` in, one line out: `{"id", ...Analysis}` or `{"id", "error"}`. */
export function annotateJsonLine(line: string): string {
  let id: unknown = null;
  try {
    const request: unknown = JSON.parse(line);
    if (!request || typeof request !== 'object' || Array.isArray(request))
      throw new Error('a line must be a JSON object');
    const fields = request as Record<string, unknown>;
    id = fields.id ?? null;
    return JSON.stringify({ id, ...analyzeInput(inputFromJson(fields)) });
  } catch (error) {
    return JSON.stringify({ id, error: describeError(error) });
  }
}

function inputFromJson(fields: Record<string, unknown>): AnnotateInput {
  if (typeof fields.text === 'string') return { kind: 'text', text: fields.text };
  if (typeof fields.html === 'string') {
    const url = typeof fields.url === 'string' ? fields.url : undefined;
    return { kind: 'html', html: fields.html, url };
  }
  throw new Error('a line needs a "text" or an "html" string');
}

/** Node's file errors, said plainly. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be read (permission denied)',
};

function describeError(error: unknown): string {
  if (error instanceof SyntaxError) return `not valid JSON: ${error.message}`;
  const code = (error as { code?: string } | null)?.code;
  if (code && code in FILE_ERRORS) return FILE_ERRORS[code];
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'not a valid gzip file';
  return error instanceof Error ? error.message : String(error);
}

async function annotateStdin(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${annotateJsonLine(line)}\n`);
  }
  return 0;
}

function annotateFiles(paths: string[], asJson: boolean): number {
  let failures = 0;
  for (const path of paths) {
    try {
      const analysis = analyzeInput(readInputFile(path));
      process.stdout.write(asJson ? `${JSON.stringify(analysis)}\n` : `${formatSummaryMarkdown(analysis)}\n`);
    } catch (error) {
      failures++;
      const message = describeError(error);
      process.stderr.write(`annotate: ${path}: ${message}\n`);
      if (asJson) process.stdout.write(`${JSON.stringify({ file: path, error: message })}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--json' && flag !== '--jsonl');
  if (
    unknown.length > 0 ||
    (flags.includes('--jsonl') && paths.length > 0) ||
    (!flags.includes('--jsonl') && paths.length === 0)
  ) {
    process.stderr.write(`${unknown.length ? `annotate: unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  if (flags.includes('--jsonl')) return annotateStdin();
  return annotateFiles(paths, flags.includes('--json'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`annotate: cannot read standard input: ${describeError(error)}\n`);
      process.exitCode = 1;
    },
  );
}
