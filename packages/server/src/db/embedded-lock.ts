import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The file in an embedded data directory naming the process that has it open. PGlite
 * itself takes no lock (it is PostgreSQL in single-user mode, without a postmaster.pid),
 * and a second process writing the same files loses the first one's writes.
 */
export const lockFileName = 'dispositions.pid';

/** Another live process has the embedded database open; the message is the one line to show. */
export class DatabaseInUseError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Makes this process the one that has `dataDir` open, or throws `DatabaseInUseError` when a
 * live process has it. The lock file is made whole under a temporary name and then linked
 * into place, so no reader ever sees it half written. One left by a process that is gone
 * (killed, crashed) is taken over. Returns the release, which removes it.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, lockFileName);
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(draft, file);
        return () => {
          if (holderOf(file) === process.pid) unlinkQuietly(file);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = holderOf(file);
        if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
          throw new DatabaseInUseError(
            `The embedded database in ${dataDir} is open in process ${holder} (the server or a script): only one process may open it, a second would lose writes. ` +
              `Stop that process first, or use PostgreSQL (DATABASE_URL), which any number can share. If no such process runs, delete ${file}.`,
          );
        }
        unlinkQuietly(file);
      }
    }
    throw new DatabaseInUseError(`The embedded database in ${dataDir} is being opened by another process right now; try again.`);
  } finally {
    unlinkQuietly(draft);
  }
}
