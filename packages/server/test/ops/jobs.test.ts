import pino from 'pino';
import { idempotencyKeySweeper } from '../../src/jobs/idempotency-key-sweeper';
import { type Job, startJobs } from '../../src/jobs/job';
import { startTestServer, type TestServer } from '../support/test-server';

const silent = pino({ level: 'silent' });

/** A job that writes what happens to it into `journal`. */
function journaling(name: string, journal: string[], fail: { start?: boolean; stop?: boolean } = {}): Job {
  return {
    name,
    async start() {
      if (fail.start) throw new Error(`${name} cannot start`);
      journal.push(`start ${name}`);
    },
    async stop() {
      journal.push(`stop ${name}`);
      if (fail.stop) throw new Error(`${name} cannot stop`);
    },
  };
}

describe('background jobs', () => {
  test('when jobs start and stop, then they start in order and stop in reverse, each stop awaited', async () => {
    const journal: string[] = [];
    const stop = await startJobs([journaling('a', journal), journaling('b', journal)], silent);
    await stop();
    expect(journal).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });

  test('when a job fails to stop, then the others are stopped all the same', async () => {
    const journal: string[] = [];
    const stop = await startJobs([journaling('a', journal), journaling('b', journal, { stop: true })], silent);
    await stop();
    expect(journal).toEqual(['start a', 'start b', 'stop b', 'stop a']);
  });

  test('when a job fails to start, then the ones started before it are stopped and the error is thrown', async () => {
    const journal: string[] = [];
    await expect(startJobs([journaling('a', journal), journaling('b', journal, { start: true })], silent)).rejects.toThrow('b cannot start');
    expect(journal).toEqual(['start a', 'stop a']);
  });
});

describe('the idempotency-key sweeper, alone', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('when it runs on its schedule, then keys past their retention go, younger ones stay, and stop waits for the sweep', async () => {
    const { businessId } = await server.newBusiness();
    const key = (name: string, age: string) => ({
      business_id: businessId,
      key: name,
      operation_id: 'createLead',
      request_hash: 'x',
      created_at: server.db.raw(`now() - interval '${age}'`),
    });
    await server.db('idempotency_keys').insert([key('expired', '25 hours'), key('young', '23 hours')]);

    const sweeper = idempotencyKeySweeper(server.db, silent, 20);
    sweeper.start();
    const until = Date.now() + 30_000;
    while (Date.now() < until && (await server.db('idempotency_keys').where({ business_id: businessId, key: 'expired' }).first())) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await sweeper.stop();

    expect(await server.db('idempotency_keys').where({ business_id: businessId }).pluck('key')).toEqual(['young']);
  });
});
