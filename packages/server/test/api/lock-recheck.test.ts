import type { LeadResponse } from '@dispositions/api-types';
import { createDatabase, type Database } from '../../src/db/database';
import { createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';
import { eventually } from '../support/webhooks';

// A write waiting for a lead's lock, while another transaction updates that lead and commits:
// PostgreSQL then rechecks the lead's new version (EvalPlanQual) against the lock statement's
// conditions. A move once found the leads it locks through `id IN (subquery)`, which, on a
// business with many leads, PostgreSQL plans as a de-duplicated subquery joined to each lead by
// its key, and that recheck dropped the updated lead: the move answered 404 for a lead that
// exists (seen in CI under the follow-up events job and under racing writers). Two connections
// are needed, so PostgreSQL only.

const suite = useServerWithBusiness();
const onPostgres = process.env.DATABASE_URL ? test : test.skip;
let other: Database;

beforeAll(() => {
  if (process.env.DATABASE_URL) other = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 2 });
});
afterAll(() => other?.destroy());

onPostgres('when the lead a disposition moves to is updated and committed while the move waits for its lock, then the move finds it', async () => {
  const { businessId } = suite.business;
  // The recheck dropped the later of the two leads in id order: the move goes to the later one.
  const [from, to] = [await createLead(suite.client), await createLead(suite.client)].sort((a, b) => (a.id < b.id ? -1 : 1)) as [LeadResponse, LeadResponse];
  const moving = await createDisposition(suite.client, from.id);
  // Enough leads that the planner looks each locked lead up by its key rather than scanning the business's.
  await other.raw('INSERT INTO leads (business_id, id) SELECT ?, gen_random_uuid() FROM generate_series(1, 3000)', [businessId]);
  await other.raw('ANALYZE leads');

  const holder = await other.transaction();
  let answer: Awaited<ReturnType<typeof suite.client.PUT>> | undefined;
  try {
    await holder.raw('UPDATE leads SET event_sequence = event_sequence + 1 WHERE business_id = ? AND id = ?', [businessId, to.id]);
    const move = suite.client.PUT('/dispositions/{id}', { params: { path: { id: moving.id } }, body: { leadId: to.id } });
    await eventually(
      async () => {
        const { rows } = await other.raw(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%locked%'`,
        );
        return rows.length > 0;
      },
      20_000,
      'the move waiting for the lead lock',
    );
    await holder.commit();
    answer = await move;
  } finally {
    if (!holder.isCompleted()) await holder.rollback();
  }

  expect({ status: answer?.response.status, problem: answer?.error }).toEqual({ status: 200, problem: undefined });
  const { data: lead } = await suite.client.GET('/leads/{id}', { params: { path: { id: to.id } } });
  expect(lead?.currentDisposition?.id).toBe(moving.id);
});
