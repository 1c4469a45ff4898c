import { createApiKey, createDatabase, type Database, migrateToLatest } from '@dispositions/server';

// The benchmark's data: 10 businesses × 10,000 leads × 10 dispositions = 1,000,000
// dispositions over two years, 4 assignees a business, follow-ups on most rows; plus one
// lead with 100,000 dispositions for the export. Loaded with set-based SQL afresh on every
// run, since a run's writes change it; `--reuse` keeps a loaded one to iterate faster.

export const businessCount = 10;
export const leadsPerBusiness = 10_000;
export const dispositionsPerLead = 10;
export const exportRows = 100_000;
const exportBusinessName = 'Bench export business';

export interface Dataset {
  db: Database;
  /** A fresh key of the first business, whose rows the load rotates over. */
  apiKey: string;
  businessId: string;
  /** (disposition, lead) pairs of that business, in random order. */
  dispositions: { id: string; leadId: string }[];
  leadIds: string[];
  exportApiKey: string;
  exportLeadId: string;
}

const businessName = (n: number) => `Bench business ${n}`;

async function loadBusiness(db: Database, name: string, leads: number, perLead: number): Promise<void> {
  await db.transaction(async (trx) => {
    const [{ id: businessId }] = await trx('businesses')
      .insert({ id: trx.raw('gen_random_uuid()'), name })
      .returning('id');
    await trx.raw(
      `INSERT INTO leads (business_id, id, first_name, last_name, email, phone_number, external_id, utm_source, product, created_at, modified_at)
       SELECT ?, gen_random_uuid(), (ARRAY['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald'])[1 + n % 6],
         (ARRAY['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth'])[1 + n / 7 % 6], 'lead' || n || '@example.com',
         '+1555' || lpad(n::text, 7, '0'), 'crm-' || n, (ARRAY['google', 'facebook', 'referral'])[1 + n % 3],
         (ARRAY['Roofing', 'Solar', 'Windows'])[1 + n % 3], created, created
       FROM generate_series(1, ?) AS n, LATERAL (SELECT timestamp '2025-01-01' + n * interval '1 hour' AS created) AS t`,
      [businessId, leads],
    );
    await trx.raw(
      `INSERT INTO dispositions (business_id, id, lead_id, type, outcome, notes, "timestamp", follow_up_status, callback_at,
         task_due_at, appointment_start_at, appointment_end_at, assigned_to_user_id, is_missed_call_follow_up, created_at, updated_at)
       SELECT ?, gen_random_uuid(), leads.id, (ARRAY['Call', 'Text', 'Visit'])[1 + k % 3],
         (ARRAY['Contacted', 'No Answer', 'Voicemail', 'Appointment Set', 'Not Interested'])[1 + (k + r) % 5], 'Called about the quote ' || k, ts,
         (ARRAY['Pending', 'Done', NULL])[1 + k % 3],
         CASE WHEN (k + r) % 5 <> 0 THEN ts + ((k % 14) + 1) * interval '1 day' END,
         CASE WHEN k % 4 = 0 THEN ts + ((k % 7) + 1) * interval '1 day' END,
         CASE WHEN k % 10 = 0 THEN ts + interval '3 days' END,
         CASE WHEN k % 10 = 0 THEN ts + interval '3 days 1 hour' END,
         'user-' || (k + r) % 4, k % 9 = 0, ts, ts
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS r FROM leads WHERE business_id = ?) AS leads,
         generate_series(1, ?) AS k,
         LATERAL (SELECT timestamp '2025-01-01' + ((r * 7919 + k::bigint * 104729) % 1051200) * interval '1 minute' AS ts) AS t`,
      [businessId, businessId, perLead],
    );
    // Fresh statistics, or the planner joins the new rows as if they were a handful.
    await trx.raw('ANALYZE leads, dispositions');
    await trx.raw(
      `UPDATE leads SET current_disposition_id = newest.id, current_disposition_changed_at = newest."timestamp"
       FROM (SELECT DISTINCT ON (lead_id) lead_id, id, "timestamp" FROM dispositions WHERE business_id = ?
             ORDER BY lead_id, "timestamp" DESC, id DESC) AS newest
       WHERE leads.business_id = ? AND leads.id = newest.lead_id`,
      [businessId, businessId],
    );
  });
}

async function isLoaded(db: Database): Promise<boolean> {
  const names = [...Array.from({ length: businessCount }, (_, i) => businessName(i + 1)), exportBusinessName];
  const row = await db('dispositions')
    .join('businesses', 'businesses.id', 'dispositions.business_id')
    .whereIn('businesses.name', names)
    .count({ count: '*' })
    .first();
  return Number(row?.count) >= businessCount * leadsPerBusiness * dispositionsPerLead + exportRows;
}

export async function prepareDataset(databaseUrl: string, reuse: boolean, log: (message: string) => void): Promise<Dataset> {
  const db = createDatabase({ databaseUrl, poolMax: 2 });
  await migrateToLatest(db);
  if (reuse && (await isLoaded(db))) {
    log('dataset: reusing the loaded one (--reuse)');
  } else {
    log('dataset: loading 1,000,000 dispositions');
    await db.raw(`DELETE FROM businesses WHERE name LIKE 'Bench %'`);
    for (let n = 1; n <= businessCount; n++) {
      const started = Date.now();
      await loadBusiness(db, businessName(n), leadsPerBusiness, dispositionsPerLead);
      log(
        `dataset: business ${n}/${businessCount} loaded (${(n * leadsPerBusiness * dispositionsPerLead).toLocaleString('en')} dispositions, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
    await loadBusiness(db, exportBusinessName, 1, exportRows);
    log(`dataset: one lead with ${exportRows.toLocaleString('en')} dispositions for the export`);
    await db.raw('VACUUM ANALYZE businesses, leads, dispositions');
  }
  const { businessId, apiKey } = await createApiKey(db, businessName(1));
  const dispositions = await db('dispositions').select('id', { leadId: 'lead_id' }).where({ business_id: businessId }).orderByRaw('random()').limit(20_000);
  const leadIds = [...new Set(dispositions.map((row) => row.leadId as string))];
  const exporter = await createApiKey(db, exportBusinessName);
  const exportLead = await db('leads').select('id').where({ business_id: exporter.businessId }).first();
  return { db, apiKey, businessId, dispositions, leadIds, exportApiKey: exporter.apiKey, exportLeadId: exportLead.id };
}
