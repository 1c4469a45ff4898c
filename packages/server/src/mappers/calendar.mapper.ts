import ical, { ICalAlarmType } from 'ical-generator';
import type { FollowUpRow } from '../repositories/tables';

// A calendar feed as iCalendar (RFC 5545), written by ical-generator. Every value of an event
// comes from its follow-up, never from the clock, so the same follow-ups give the same bytes
// and the same ETag, and a calendar app's If-None-Match gets a 304.

const kindLabel = { callback: 'Callback', task: 'Task', appointment: 'Appointment' } as const;
const shortMinutes = 15;
const appointmentMinutes = 60;
const alarmSeconds = 15 * 60;
/** SEQUENCE counts seconds from here, so it fits the 32-bit integer calendar apps keep it in until 2088. */
const sequenceEpoch = Date.UTC(2020, 0, 1);

/** A number that grows whenever the follow-up's disposition or lead changes. */
export function sequenceOf(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - sequenceEpoch) / 1000));
}

/** The stable UID of a follow-up: one per disposition and kind. */
export function uidOf(row: Pick<FollowUpRow, 'disposition_id' | 'kind'>): string {
  return `${row.disposition_id}-${row.kind}@dispositions-api`;
}

function descriptionOf(row: FollowUpRow, includeNotes: boolean): string {
  const lines = [`Outcome: ${row.outcome}`];
  if (row.follow_up_status) lines.push(`Status: ${row.follow_up_status}`);
  lines.push(`Lead: ${row.lead_id}`, `Disposition: ${row.disposition_id}`);
  if (includeNotes && row.notes) lines.push('', row.notes);
  if (includeNotes && row.kind === 'appointment' && row.appointment_notes) lines.push('', row.appointment_notes);
  return lines.join('\n');
}

export function toCalendar(rows: readonly FollowUpRow[], feed: { name: string; includeNotes: boolean }): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: 'Dispositions API', product: 'Follow-ups', language: 'EN' },
    // Calendar apps that honour it refresh every 15 minutes (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 15 * 60,
  });
  for (const row of rows) {
    const minutes = row.kind === 'appointment' ? appointmentMinutes : shortMinutes;
    const end = row.end_at && row.end_at > row.at ? row.end_at : new Date(row.at.getTime() + minutes * 60_000);
    calendar.createEvent({
      id: uidOf(row),
      sequence: sequenceOf(row.changed_at),
      stamp: row.changed_at,
      start: row.at,
      end,
      summary: `${kindLabel[row.kind]}: ${row.lead_name ?? 'Unnamed lead'} (${row.outcome})`,
      description: descriptionOf(row, feed.includeNotes),
      alarms: [{ type: ICalAlarmType.display, triggerBefore: alarmSeconds, description: `${kindLabel[row.kind]}: ${row.lead_name ?? 'Unnamed lead'}` }],
    });
  }
  return calendar.toString();
}
