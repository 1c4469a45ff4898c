import { createCalendarFeed } from '@dispositions/server';
import type { Dataset } from './dataset';
import { teamStatementsOf } from './team-baseline';

// The team workloads of issue 20 in `pnpm bench`: `report-day` (a business's outcomes by day
// and category over 90 days), `report-user` (by agent over 30 days), `agenda` (one user's
// today, with the counts, and overdue, in turn) and `feed` (one user's calendar feed), against
// the baseline's same statements (team-baseline.ts).

export type TeamOp = keyof typeof teamStatementsOf;
export const teamOps = Object.keys(teamStatementsOf) as TeamOp[];

type BenchRequest = { method: string; path: string; body?: string };

let feedPath: string | undefined;

/** Gives the first business's user-1 a calendar feed, whose URL the `feed` operation reads. */
export async function prepareTeamWorkloads(data: Dataset): Promise<void> {
  const feed = await createCalendarFeed(data.db, data.businessId, { assignedToUserId: 'user-1' }, new URL('http://bench.invalid'));
  const url = new URL(feed.url);
  feedPath = url.pathname + url.search;
}

const reportDay = { from: '2026-06-01T00:00:00-04:00', to: '2026-08-30T00:00:00-04:00', timeZone: 'America/New_York', groupBy: ['day', 'category'] };
const reportUser = { from: '2026-07-01T00:00:00-04:00', to: '2026-07-31T00:00:00-04:00', timeZone: 'America/New_York', groupBy: ['assignedToUserId'] };
const agenda = (view: string, counts: boolean) =>
  `/follow-ups?assignedToUserId=user-1&view=${view}&timeZone=America%2FNew_York${counts ? '&includeCount=true' : ''}`;

/** Every request of a team operation; the agenda's first is `today` with the counts, as the SQL check expects. */
export function teamRequestsFor(op: TeamOp): () => BenchRequest {
  let i = 0;
  switch (op) {
    case 'report-day':
      return () => ({ method: 'POST', path: '/reports/outcomes', body: JSON.stringify(reportDay) });
    case 'report-user':
      return () => ({ method: 'POST', path: '/reports/outcomes', body: JSON.stringify(reportUser) });
    case 'agenda':
      return () => ({ method: 'GET', path: i++ % 2 === 0 ? agenda('today', true) : agenda('overdue', false) });
    case 'feed':
      if (!feedPath) throw new Error('prepareTeamWorkloads first');
      return () => ({ method: 'GET', path: feedPath! });
  }
}

/** The single-caller latencies of the team operations asked for. */
export function teamLatencyRequests(ops: readonly string[]): Record<string, () => BenchRequest> {
  return Object.fromEntries(teamOps.filter((op) => ops.includes(op)).map((op) => [op, teamRequestsFor(op)]));
}
