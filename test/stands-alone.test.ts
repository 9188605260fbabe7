/**
 * The repository must work in a clone with nothing beside it: no file outside docs/ may reach into
 * a sibling folder named "shared" (where the project's reference material lives on the
 * developers' machines only). Vendored copies live under conformance/specs/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
// Spelled in two pieces so this file does not match itself.
const SIBLING = new RegExp(['\\.\\.', '[\\\\/]shared\\b'].join(''));

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter(Boolean);
}

describe('the repository stands alone', () => {
  it('has no file outside docs/ that refers to the sibling shared folder', () => {
    const offenders = trackedFiles()
      .filter((file) => !file.startsWith('docs/'))
      .filter((file) => {
        try {
          return SIBLING.test(readFileSync(resolve(ROOT, file), 'utf8'));
        } catch {
          return false; // deleted in the working tree
        }
      });
    expect(offenders).toEqual([]);
  });

  it('would catch such a reference', () => {
    expect(SIBLING.test(`resolve(ROOT, '..' + '/shared/reference/x')`)).toBe(false);
    expect(SIBLING.test(['..', '/shared/reference/x'].join(''))).toBe(true);
    expect(SIBLING.test(['..', '\\shared'].join(''))).toBe(true);
  });
});
