import type { LeadFilterField, LeadOrderField, LeadRangeField, LeadSearchField } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { type Bindable, statement } from '../db/statement';
import { fetchPage, keysetPages, type Page, type PageQuery, type QueryField } from '../query/keyset-page';
import { eventColumns, leadSnapshot, newEventId } from './change-events.repository';
import type { LeadColumns, LeadRow } from './tables';

/** Leads with the summary fields of their current disposition. */
function selectLeads(db: Knex, businessId: Bindable<string>): Knex.QueryBuilder {
  return db('leads')
    .leftJoin('dispositions as cd', function joinCurrent() {
      this.on('cd.business_id', '=', 'leads.business_id').andOn('cd.id', '=', 'leads.current_disposition_id');
    })
    .select('leads.*', {
      current_outcome: 'cd.outcome',
      current_category: 'cd.category',
      current_change_source: 'cd.change_source',
      current_changed_by_user_id: 'cd.changed_by_user_id',
      current_changed_by_automation_id: 'cd.changed_by_automation_id',
    })
    .where('leads.business_id', businessId);
}

/** A new lead's current-disposition summary: it has none yet. */
const noCurrentDisposition = {
  current_outcome: null,
  current_category: null,
  current_change_source: null,
  current_changed_by_user_id: null,
  current_changed_by_automation_id: null,
} satisfies Partial<LeadRow>;

/** Inserts the lead, with its `lead.created` event, and returns it as `findLead` would, in one statement. */
export async function insertLead(db: Knex, row: LeadColumns): Promise<LeadRow> {
  const [inserted] = await db
    .with(
      'inserted',
      db('leads')
        .insert({ ...row, event_sequence: 1 })
        .returning('*'),
    )
    .with(
      'events',
      db.raw(`${eventColumns} SELECT i.business_id, ${newEventId}, 'lead.created', i.id, i.event_sequence, ${leadSnapshot('i')}, null FROM inserted AS i`),
    )
    .select('*')
    .from('inserted');
  return Object.assign(inserted, noCurrentDisposition);
}

export async function countLeads(db: Knex, businessId: string): Promise<number> {
  const row = await db('leads').where({ business_id: businessId }).count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

const selectById = statement<{ businessId: string; id: string }>((db, { businessId, id }) => selectLeads(db, businessId).where('leads.id', id).first());

export async function findLead(db: Knex, businessId: string, id: string): Promise<LeadRow | undefined> {
  return selectById.first(db, { businessId, id });
}

/** Updates the lead, with its `lead.updated` event (its snapshot before, read in the same statement); false when there is no such lead. */
export async function updateLead(db: Knex, businessId: string, id: string, columns: LeadColumns): Promise<boolean> {
  const updated = await db
    .with(
      'before',
      db('leads as b')
        .select(db.raw(`${leadSnapshot('b')} AS snapshot`))
        .where({ 'b.business_id': businessId, 'b.id': id }),
    )
    .with(
      'updated',
      db('leads')
        .where({ business_id: businessId, id })
        .update({ ...columns, modified_at: db.fn.now(), event_sequence: db.raw('event_sequence + 1') })
        .returning('*'),
    )
    .with(
      'events',
      db.raw(
        `${eventColumns} SELECT u.business_id, ${newEventId}, 'lead.updated', u.id, u.event_sequence, ${leadSnapshot('u')}, (SELECT snapshot FROM before) FROM updated AS u`,
      ),
    )
    .select('id')
    .from('updated');
  return updated.length > 0;
}

/** Deletes the lead (its dispositions go with it), with its `lead.deleted` event holding it as it was. */
export async function deleteLead(db: Knex, businessId: string, id: string): Promise<boolean> {
  // `returning` rather than the affected-row count, which the PGlite dialect does not report for deletes.
  const deleted = await db
    .with('deleted', db('leads').where({ business_id: businessId, id }).delete().returning('*'))
    .with(
      'events',
      db.raw(`${eventColumns} SELECT d.business_id, ${newEventId}, 'lead.deleted', d.id, d.event_sequence + 1, ${leadSnapshot('d')}, null FROM deleted AS d`),
    )
    .select('id')
    .from('deleted');
  return deleted.length > 0;
}

const lockInIdOrder = statement<{ businessId: string; ids: string[] }>((db, { businessId, ids }) =>
  db('leads').select('id').where('business_id', businessId).whereIn('id', ids).orderBy('id').forNoKeyUpdate(),
);

/**
 * Locks the leads, in id order so concurrent writers never deadlock, and returns the ids
 * that exist. Every write to a lead's dispositions takes this lock first.
 */
export async function lockLeads(trx: Knex.Transaction, businessId: string, ids: string[]): Promise<string[]> {
  const rows = await lockInIdOrder.rows<{ id: string }>(trx, { businessId, ids: [...new Set(ids)] });
  return rows.map((row) => row.id);
}

const queryFields: Record<LeadOrderField | LeadFilterField | LeadRangeField | LeadSearchField, QueryField> = {
  createdAt: { column: 'leads.created_at', kind: 'timestamp', notNull: true },
  modifiedAt: { column: 'leads.modified_at', kind: 'timestamp', notNull: true },
  'contact.firstName': { column: 'leads.first_name', kind: 'text' },
  'contact.lastName': { column: 'leads.last_name', kind: 'text' },
  'contact.email': { column: 'leads.email', kind: 'text' },
  'contact.phone.number': { column: 'leads.phone_number', kind: 'text' },
  'metadata.externalId': { column: 'leads.external_id', kind: 'text' },
  'metadata.sellerLeadId': { column: 'leads.seller_lead_id', kind: 'text' },
  'metadata.utmSource': { column: 'leads.utm_source', kind: 'text' },
  'metadata.utmMedium': { column: 'leads.utm_medium', kind: 'text' },
  'metadata.utmCampaign': { column: 'leads.utm_campaign', kind: 'text' },
  'metadata.product': { column: 'leads.product', kind: 'text' },
  'metadata.vertical': { column: 'leads.vertical', kind: 'text' },
  'currentDisposition.outcome': { column: 'cd.outcome', kind: 'text' },
  'currentDisposition.category': { column: 'cd.category', kind: 'text' },
  'currentDisposition.changedAt': { column: 'leads.current_disposition_changed_at', kind: 'timestamp' },
  // The same summary under the name of Leadping's lead-status generation.
  'currentLeadStatus.outcome': { column: 'cd.outcome', kind: 'text' },
  'currentLeadStatus.category': { column: 'cd.category', kind: 'text' },
  'currentLeadStatus.changedAt': { column: 'leads.current_disposition_changed_at', kind: 'timestamp' },
};

const searchFields: readonly LeadSearchField[] = ['contact.firstName', 'contact.lastName', 'contact.email', 'contact.phone.number', 'metadata.externalId'];

const pages = keysetPages(selectLeads);

export async function queryLeads(db: Knex, businessId: string, options: PageQuery['options'], tokenSecret: string): Promise<Page<LeadRow>> {
  return fetchPage<LeadRow & Record<string, unknown>>({
    db,
    businessId,
    pages,
    fields: queryFields,
    idColumn: 'leads.id',
    defaultOrder: { field: 'createdAt', direction: 'desc' },
    defaultSearchFields: searchFields,
    options,
    tokenSecret,
    tokenScope: `leads:${businessId}`,
  });
}
