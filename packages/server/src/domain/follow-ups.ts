import type { components } from '@dispositions/api-types';

// What a follow-up is: a time on a disposition, of one of three kinds, open while its
// disposition is its lead's current one and its status is not a closed value.

export type FollowUpKind = components['schemas']['FollowUpKind'];

export const followUpKinds: readonly FollowUpKind[] = ['appointment', 'callback', 'task'];

/** Each kind's time column, and the query field that filters on it (for drill-down queries). */
export const followUpTime = {
  callback: { column: 'callback_at', field: 'callbackAt' },
  task: { column: 'task_due_at', field: 'taskDueAt' },
  appointment: { column: 'appointment_start_at', field: 'appointmentStartAt' },
} as const satisfies Record<FollowUpKind, { column: string; field: string }>;

/** `followUpStatus` values that close a follow-up, compared lower-cased and trimmed. */
export const closedStatuses = ['done', 'completed', 'cancelled', 'canceled', 'closed'] as const;

/** The window around a follow-up's time in which a later disposition of the lead keeps it. */
export const defaultKeptWindow = { minutesBefore: 15, minutesAfter: 60 } as const;

/** How far back and ahead a calendar feed reaches, in days. */
export const feedReach = { daysBack: 30, daysAhead: 180 } as const;
