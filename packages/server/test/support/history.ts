import type { Knex } from 'knex';

/**
 * Gives a lead a long history in one statement, a minute apart ending now, for tests of
 * sizes the API would take minutes to build. The newest becomes the lead's current one.
 */
export async function insertHistory(db: Knex, businessId: string, leadId: string, count: number): Promise<void> {
  await db.raw(
    `INSERT INTO dispositions (business_id, id, lead_id, type, outcome, notes, "timestamp", assigned_to_user_id, is_missed_call_follow_up)
     SELECT ?, gen_random_uuid(), ?, 'Call', (ARRAY['Contacted', 'No Answer', 'Voicemail'])[1 + n % 3],
       'note, "' || n || '"', now() - n * interval '1 minute', 'user-' || n % 5, n % 2 = 0
     FROM generate_series(1, ?) AS n`,
    [businessId, leadId, count],
  );
  await db.raw(
    `UPDATE leads SET current_disposition_id = newest.id, current_disposition_changed_at = now()
     FROM (SELECT id FROM dispositions WHERE business_id = ? AND lead_id = ? ORDER BY "timestamp" DESC, id DESC LIMIT 1) AS newest
     WHERE leads.business_id = ? AND leads.id = ?`,
    [businessId, leadId, businessId, leadId],
  );
}
