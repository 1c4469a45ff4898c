import { randomUUID } from 'node:crypto';
import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import pino, { type Logger } from 'pino';
import type { Config, WebhookSettings } from '../../src/config';
import { type RunningServer, startServer } from '../../src/server';
import { createApiKey } from '../../src/services/api-keys.service';

export interface TestBusiness {
  businessId: string;
  apiKey: string;
  client: DispositionsClient;
}

export interface TestServer extends RunningServer {
  /** A new business with its own key and client: tests never see each other's rows. */
  newBusiness(): Promise<TestBusiness>;
}

/** Which database the suite runs on: a real PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export const databaseKind = process.env.DATABASE_URL ? 'postgresql' : 'embedded';

/**
 * How the test servers send webhooks: to the receivers on loopback, retried within seconds,
 * disabled after 20 s of failing, polling every second. Alike in every server of the suite
 * (global-setup.ts gives the child processes the same), since they share the deliveries.
 */
export const testWebhookSettings: Partial<WebhookSettings> = {
  allowPrivateUrls: true,
  retrySchedule: [0, 1, 1, 2],
  disableAfterSeconds: 20,
  timeoutMs: 3_000,
  pollMs: 1_000,
};

/**
 * The real server on a free port, with response validation on, over the database of this run;
 * silent unless given a logger; `config` overrides the rest (CORS origins, say).
 */
export async function startTestServer(logger: Logger = pino({ level: 'silent' }), config: Partial<Config> = {}): Promise<TestServer> {
  const running = await startServer(
    {
      port: 0,
      databaseUrl: process.env.DATABASE_URL,
      dataDir: undefined,
      dbPoolMax: 8,
      logLevel: 'silent',
      nodeEnv: 'test',
      validateResponses: true,
      webhooks: testWebhookSettings,
      ...config,
    },
    logger,
  );
  return {
    ...running,
    async newBusiness() {
      const { businessId, apiKey } = await createApiKey(running.db, `Test business ${randomUUID()}`);
      return { businessId, apiKey, client: createDispositionsClient({ baseUrl: running.url, apiKey }) };
    },
  };
}

/** What `useServerWithBusiness` hands a test file; its fields are there from the file's `beforeAll` on. */
export interface ServerWithBusiness {
  server: TestServer;
  business: TestBusiness;
  /** The business's client. */
  client: DispositionsClient;
}

/**
 * The usual start of a test file: the real server and a business of its own, started before
 * the file's tests and closed after them. Read the fields inside tests and hooks, where they are set.
 */
export function useServerWithBusiness(logger?: Logger, config?: Partial<Config>): ServerWithBusiness {
  const suite = {} as ServerWithBusiness;
  beforeAll(async () => {
    suite.server = await startTestServer(logger, config);
    suite.business = await suite.server.newBusiness();
    suite.client = suite.business.client;
  });
  afterAll(() => suite.server?.close());
  return suite;
}
