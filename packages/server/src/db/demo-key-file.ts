import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The first start on an empty embedded database creates "Demo Business" and prints its key.
// While the server runs nothing else may open that database (db/embedded-lock.ts), so no
// script can make or show a key then: the key is also kept in this file in the data
// directory, readable by its owner only, for a person to read again at any time
// (`cat .data/pglite/demo-api-key`). `pnpm db:seed` reads it to recognise the business
// that the first start made.

/** The business the first start on an empty embedded database creates. */
export const demoBusinessName = 'Demo Business';

export const demoKeyFileName = 'demo-api-key';

export function demoKeyFile(dataDir: string): string {
  return path.join(dataDir, demoKeyFileName);
}

/** Writes the key (mode 0600, whatever the umask) and returns the file's path. */
export function writeDemoKey(dataDir: string, apiKey: string): string {
  const file = demoKeyFile(dataDir);
  writeFileSync(file, `${apiKey}\n`, { mode: 0o600 });
  // The mode applies only when the file is new: one left from before gets it too.
  chmodSync(file, 0o600);
  return file;
}

/** The demo key kept in `dataDir`, if the first start left one there. */
export function readDemoKey(dataDir: string | undefined): string | undefined {
  if (!dataDir) return undefined;
  try {
    return readFileSync(demoKeyFile(dataDir), 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
