import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// The dependency patches of pnpm-workspace.yaml (see patches/README.md): an upgrade that
// leaves one unapplied fails here, naming the file and the line it no longer finds.

const root = path.resolve(__dirname, '../../../..');
const { patchedDependencies } = parse(readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')) as { patchedDependencies: Record<string, string> };

/** The lines a patch adds, file by file (`+` lines of each `diff --git a/<file>`), blank ones left out. */
function addedLines(patch: string): Map<string, string[]> {
  const files = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of patch.split('\n')) {
    const file = /^\+\+\+ b\/(.+)$/.exec(line)?.[1];
    if (file) {
      current = [];
      files.set(file, current);
    } else if (current && line.startsWith('+') && line.slice(1).trim() !== '') current.push(line.slice(1));
  }
  return files;
}

describe.each(Object.entries(patchedDependencies))('the patch of %s', (dependency, patchFile) => {
  const name = dependency.slice(0, dependency.lastIndexOf('@'));
  const version = dependency.slice(dependency.lastIndexOf('@') + 1);
  const installed = path.dirname(require.resolve(`${name}/package.json`));

  test('when the dependency is installed, then it is the patched version', () => {
    expect((JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { version: string }).version).toBe(version);
  });

  test('when the dependency is installed, then every line the patch adds is in its files', () => {
    const added = addedLines(readFileSync(path.join(root, patchFile), 'utf8'));
    expect([...added.values()].flat().length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const [file, lines] of added) {
      const text = readFileSync(path.join(installed, file), 'utf8');
      for (const line of lines) if (!text.includes(line)) missing.push(`${file}: ${line.trim()}`);
    }
    expect(missing).toEqual([]);
  });
});
