import type { components } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { defaultKeptWindow, type FollowUpKind, followUpKinds, followUpTime } from '../domain/follow-ups';
import { fates, followUpReportRows } from '../repositories/follow-up-report.repository';
import type { Dimension } from '../repositories/report-buckets';
import { checkPeriod, checkReportSelection, checkRowCount, drillDownQuery, inTimeZone, keyValue, maxReportRows, rowPeriod } from './report-period';

type Schemas = components['schemas'];
type FollowUpDimension = Schemas['FollowUpReportDimension'];

function dimensionOf(name: FollowUpDimension): Dimension {
  if (name === 'kind') return { by: 'column', column: 'kind' };
  if (name === 'assignedToUserId') return { by: 'column', column: 'assigned_to_user_id' };
  return { by: 'period', unit: name, column: 'at' };
}

const zero = (): Schemas['FollowUpCounts'] => ({ scheduled: 0, kept: 0, late: 0, missed: 0, closed: 0, open: 0 });

/** The follow-up report of `POST /reports/follow-ups`. */
export async function followUpReport(db: Knex, businessId: string, body: Schemas['FollowUpReportRequest']): Promise<Schemas['FollowUpReport']> {
  const period = checkPeriod(body);
  const selection = checkReportSelection(body);
  const groupBy = body.groupBy ?? [];
  const dimensions = groupBy.map(dimensionOf);
  const kinds = followUpKinds.filter((kind) => !body.kinds || body.kinds.includes(kind));
  const keptWindow = {
    minutesBefore: body.keptWindow?.minutesBefore ?? defaultKeptWindow.minutesBefore,
    minutesAfter: body.keptWindow?.minutesAfter ?? defaultKeptWindow.minutesAfter,
  };
  const found = await inTimeZone(
    '/body/timeZone',
    followUpReportRows(db, { businessId, ...period, kinds, dimensions, selection, ...keptWindow, limit: maxReportRows + 1 }),
  );
  checkRowCount(found);
  const totals = zero();
  const rows = found
    .filter((row) => Number(row.scheduled) > 0)
    .map((row) => {
      const key: Schemas['FollowUpReportKey'] = {};
      const keyFilters: Parameters<typeof drillDownQuery>[1] = [];
      let rowKinds: readonly FollowUpKind[] = kinds;
      groupBy.forEach((name, i) => {
        const value = keyValue(row[`k${i}`]);
        key[name] = value;
        if (name === 'kind') rowKinds = [value as FollowUpKind];
        if (name === 'assignedToUserId') keyFilters.push({ field: 'assignedToUserId', value });
      });
      const counts = zero();
      for (const name of ['scheduled', ...fates] as const) {
        counts[name] = Number(row[name]);
        totals[name] += counts[name];
      }
      const range = rowPeriod(row, dimensions, period);
      const queries: Schemas['FollowUpReportRow']['queries'] = {};
      for (const kind of rowKinds) queries[kind] = drillDownQuery(body, keyFilters, { field: followUpTime[kind].field, ...range });
      return { key, ...counts, queries };
    });
  return { rows, totals, groupBy, keptWindow, ...period };
}
