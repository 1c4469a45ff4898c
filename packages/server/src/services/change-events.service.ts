import type { components, operations } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { InvalidFieldsError, NotFoundError } from '../domain/errors';
import { type ChangeEvent, toChangeEvent } from '../mappers/change-event.mapper';
import { decodeToken, encodeToken, queryDigest } from '../query/continuation-token';
import * as events from '../repositories/change-events.repository';

// The pull feed of change events. Its order is commit order, and it only shows events whose
// transaction (and every one that started before it) has ended, so a position in it is final:
// an `after` cursor or a continuation token never passes over an event that commits later.

type FeedQuery = NonNullable<operations['listChangeEvents']['parameters']['query']>;
type ChangeEventPage = components['schemas']['ChangeEventPage'];

/** Splits event-type selectors into exact names and families (`disposition.*`); `*` selects everything. */
export function typeSelection(selectors: readonly string[] | undefined): { typeNames: string[]; typeFamilies: string[] } {
  if (!selectors || selectors.includes('*')) return { typeNames: [], typeFamilies: [] };
  return {
    typeNames: selectors.filter((selector) => !selector.endsWith('.*')),
    typeFamilies: selectors.filter((selector) => selector.endsWith('.*')).map((selector) => selector.slice(0, -2)),
  };
}

export async function listChangeEvents(db: Knex, businessId: string, query: FeedQuery, tokenSecret: string): Promise<ChangeEventPage> {
  const pageSize = query.pageSize ?? 50;
  const selection = { ...typeSelection(query.types), leadId: query.leadId };
  const digest = queryDigest({ feed: businessId, ...selection });
  let after: events.EventPageQuery['after'];
  if (query.continuationToken) {
    const position = decodeToken(tokenSecret, query.continuationToken, digest, 2);
    if (!position || typeof position[0] !== 'string' || typeof position[1] !== 'string') {
      throw InvalidFieldsError.at('/query/continuationToken', 'is not a continuation token issued for this query', 'invalid.token');
    }
    after = { transactionId: position[0], position: position[1] };
  } else if (query.after) {
    const event = await events.findEvent(db, businessId, query.after);
    if (!event) throw new NotFoundError('Change event', query.after);
    after = { transactionId: event.transaction_id, position: String(event.position) };
  }
  const rows = await events.eventsAfter(db, { businessId, after, ...selection, limit: pageSize });
  const last = rows.at(-1);
  return {
    items: rows.map(toChangeEvent),
    pageSize,
    continuationToken: rows.length === pageSize && last ? encodeToken(tokenSecret, [last.transaction_id, String(last.position)], digest) : null,
  };
}

export async function findChangeEvent(db: Knex, businessId: string, id: string): Promise<ChangeEvent> {
  const row = await events.findEvent(db, businessId, id);
  if (!row) throw new NotFoundError('Change event', id);
  return toChangeEvent(row);
}
