import { apiKeyCacheLimits, jsonHistoryLimit } from '@dispositions/server';
import { log, options } from './cli';
import type { Dataset } from './dataset';
import type { Measured } from './processes';
import { historyLimit, keyCache, sql, statementsOf } from './statements';
import { call, requestsFor } from './workloads';

/** The same text whatever its spacing, and the same list whatever the order (a history's two reads run side by side). */
const normalized = (texts: readonly string[]) => JSON.stringify(texts.map((text) => text.replace(/\s+/g, ' ').trim()).sort());

/**
 * Sends one request of each operation to each process, with the key already cached, and checks
 * on the wire that each sends exactly the statements the operation's list names, so that the
 * three do the same database work; also that the baseline and the floor hold histories and keys
 * as the server does.
 */
export async function checkSameSql(processes: readonly Measured[], data: Dataset): Promise<void> {
  if (historyLimit !== jsonHistoryLimit)
    throw new Error(`SQL check: the baseline's history holds ${historyLimit} dispositions, the server's ${jsonHistoryLimit}`);
  if (keyCache.maxKeys !== apiKeyCacheLimits.maxKeys || keyCache.ttlMs !== apiKeyCacheLimits.ttlMs)
    throw new Error(`SQL check: the bench keeps keys as ${JSON.stringify(keyCache)}, the server as ${JSON.stringify(apiKeyCacheLimits)}`);
  const server = processes.find((measured) => measured.name === 'server')!;
  const token = (await call(server.url, data.apiKey, requestsFor('query-first', data, '')())).body.continuationToken as string;
  const differences: string[] = [];
  for (const measured of processes) {
    await call(measured.url, data.apiKey, requestsFor('get', data, token)());
    for (const op of options.ops) {
      const seen: string[] = [];
      measured.wire.captured = seen;
      const { status } = await call(measured.url, data.apiKey, requestsFor(op, data, token)());
      measured.wire.captured = undefined;
      if (status >= 300) throw new Error(`SQL check: ${op} answered ${status} on the ${measured.name}`);
      const expected = statementsOf[op].map((name) => (name === 'BEGIN' || name === 'COMMIT' ? `${name};` : sql[name]));
      if (normalized(seen) !== normalized(expected)) differences.push(`${op}: the ${measured.name} sends other statements than listed:\n${seen.join('\n')}`);
    }
  }
  if (differences.length > 0) throw new Error(`SQL check: ${differences.join('\n\n')}`);
  log(`SQL check: the ${processes.map((measured) => measured.name).join(', ')} send the same statements for every operation`);
}
