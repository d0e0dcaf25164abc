import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateJsonLine, readInputFile } from '../../scripts/annotate';
import { CHILD_PROCESS_TEST_TIMEOUT_MS, CHILD_PROCESS_TIMEOUT_MS } from './child-process';

const TSX = join('node_modules', '.bin', 'tsx');

function runAnnotate(args: string[], input?: string) {
  return spawnSync(TSX, ['scripts/annotate.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: CHILD_PROCESS_TIMEOUT_MS,
  });
}

describe('annotateJsonLine', () => {
  it.each([
    // A plain body is analysed as it is.
    ['{"id":"t1","text":"Putin said “we are ready,” in Moscow."}', { id: 't1', isArticle: true }],
    // A page goes through detection: a bare link list is not an article.
    [
      '{"id":"h1","html":"<html><body><a href=\\"/a\\">A</a></body></html>","url":"https://x.example/"}',
      { id: 'h1', isArticle: false },
    ],
    // Malformed lines answer with an error, keeping the id where there is one.
    ['not json', { id: null, error: expect.stringContaining('not valid JSON') }],
    ['[1,2]', { id: null, error: 'a line must be a JSON object' }],
    ['{"id":7}', { id: 7, error: 'a line needs a "text" or an "html" string' }],
    ['{"id":"e","text":"   "}', { id: 'e', error: 'the text is empty' }],
  ])('%s', (line, expected) => {
    expect(JSON.parse(annotateJsonLine(line))).toMatchObject(expected);
  });
});

describe('readInputFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-annotate-'));

  it('tells pages from plain bodies by name, then by content', () => {
    const page = join(dir, 'story.html');
    const body = join(dir, 'story.txt');
    const unnamed = join(dir, 'story');
    writeFileSync(page, '<p>Hello</p>');
    writeFileSync(body, '<p> is how a paragraph starts');
    writeFileSync(unnamed, '<!doctype html><p>Hello</p>');
    expect(readInputFile(page).kind).toBe('html');
    expect(readInputFile(body).kind).toBe('text');
    expect(readInputFile(unnamed).kind).toBe('html');
  });
});

describe('npm run annotate', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('--jsonl answers each line in order, on stdout only, and exits 0', () => {
    const result = runAnnotate(
      ['--jsonl'],
      '{"id":"a","text":"Xi Jinping spoke."}\nbroken\n\n{"id":"b","text":"NATO met."}\n',
    );
    expect(result.status).toBe(0);
    const ids = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual(['a', null, 'b']);
    expect(result.stderr).toBe('');
  });

  it('--json prints one Analysis a line and a clear error for a missing file', () => {
    const result = runAnnotate(['--json', 'tests/fixtures/seed-article.txt', 'no-such-file.txt']);
    expect(result.status).toBe(1);
    const [analysis, failure] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(analysis.text.startsWith('Moscow, March 21')).toBe(true);
    expect(failure).toEqual({ file: 'no-such-file.txt', error: 'no such file' });
    expect(result.stderr).toBe('annotate: no-such-file.txt: no such file\n');
  });

  it('prints a Markdown summary of a page', () => {
    const markdown = execFileSync(TSX, ['scripts/annotate.ts', 'tests/fixtures/pages/seed-article/source.html'], {
      encoding: 'utf8',
      timeout: CHILD_PROCESS_TIMEOUT_MS,
    });
    expect(markdown.startsWith('# China, Russia hail')).toBe(true);
  });

  it('explains its usage when called wrongly', () => {
    const result = runAnnotate(['--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run annotate');
  });
});
