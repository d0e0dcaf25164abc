import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHILD_PROCESS_TEST_TIMEOUT_MS, CHILD_PROCESS_TIMEOUT_MS } from './child-process';

const SCRIPT = resolve('scripts/ensure-browsers.sh');

/**
 * A machine in a folder: the only commands on its PATH are the given browsers, `id` answering
 * `uid`, and an `apt-get` that logs its arguments instead of installing, so no test touches the
 * real system.
 */
function fakeMachine(uid: number, browsers: string[]): { path: string; aptLog: string } {
  const path = mkdtempSync(join(tmpdir(), 'newslens-ensure-browsers-'));
  const aptLog = join(path, 'apt-get.log');
  const command = (name: string, body: string) => {
    writeFileSync(join(path, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(path, name), 0o755);
  };
  command('id', `echo ${uid}`);
  command('apt-get', `echo "$@" >> '${aptLog}'`);
  for (const browser of browsers) command(browser, 'exit 0');
  return { path, aptLog };
}

function ensureBrowsers(machine: { path: string }) {
  return spawnSync('/bin/bash', [SCRIPT], {
    env: { PATH: machine.path },
    encoding: 'utf8',
    timeout: CHILD_PROCESS_TIMEOUT_MS,
  });
}

describe('scripts/ensure-browsers.sh', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  const machines: string[] = [];
  const machine = (uid: number, browsers: string[]) => {
    const made = fakeMachine(uid, browsers);
    machines.push(made.path);
    return made;
  };

  afterEach(() => {
    for (const path of machines.splice(0)) rmSync(path, { recursive: true, force: true });
  });

  it('does nothing when both browsers are there, even as root', () => {
    const root = machine(0, ['chromium', 'firefox-esr']);
    const result = ensureBrowsers(root);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
    expect(existsSync(root.aptLog)).toBe(false);
  });

  it('installs only the missing browser as root, after updating the package lists', () => {
    const root = machine(0, ['chromium']);
    const result = ensureBrowsers(root);
    expect(result.status).toBe(0);
    expect(readFileSync(root.aptLog, 'utf8').split('\n').filter(Boolean)).toEqual([
      'update -qq',
      'install -y -qq firefox-esr',
    ]);
  });

  it('stops at once when not root, with one line saying what to run', () => {
    const user = machine(1000, []);
    const result = ensureBrowsers(user);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      "npm test needs chromium firefox-esr: run as root 'apt-get update && apt-get install -y chromium firefox-esr', then npm test again",
    ]);
    expect(existsSync(user.aptLog)).toBe(false);
  });
});
