import type { components } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { outcomeReportRows, outcomeReportTotals } from '../repositories/outcome-report.repository';
import type { Dimension } from '../repositories/report-buckets';
import { checkPeriod, checkReportSelection, checkRowCount, drillDownQuery, inTimeZone, keyValue, maxReportRows, rowPeriod } from './report-period';

type Schemas = components['schemas'];
type OutcomeDimension = Schemas['OutcomeReportDimension'];

/** Each dimension's column, and the query field its drill-down filters on. */
const byField: Record<Exclude<OutcomeDimension, 'day' | 'week' | 'month'>, { column: string; field: Schemas['DispositionFilterField'] }> = {
  outcome: { column: 'outcome', field: 'outcome' },
  category: { column: 'category', field: 'category' },
  type: { column: 'type', field: 'type' },
  changeSource: { column: 'change_source', field: 'changeSource' },
  assignedToUserId: { column: 'assigned_to_user_id', field: 'assignedToUserId' },
  changedByUserId: { column: 'changed_by_user_id', field: 'changedByUserId' },
  previousOutcome: { column: 'old_disposition_outcome', field: 'oldDispositionOutcome' },
};

function dimensionOf(name: OutcomeDimension): Dimension {
  return name === 'day' || name === 'week' || name === 'month'
    ? { by: 'period', unit: name, column: 'timestamp' }
    : { by: 'column', column: byField[name].column };
}

/** The outcome report of `POST /reports/outcomes`. */
export async function outcomeReport(db: Knex, businessId: string, body: Schemas['OutcomeReportRequest']): Promise<Schemas['OutcomeReport']> {
  const period = checkPeriod(body);
  const selection = checkReportSelection(body);
  const groupBy = body.groupBy ?? [];
  const dimensions = groupBy.map(dimensionOf);
  const query = { businessId, ...period, dimensions, selection, limit: maxReportRows + 1 };
  const [found, totals] = await inTimeZone('/body/timeZone', Promise.all([outcomeReportRows(db, query), outcomeReportTotals(db, query)]));
  checkRowCount(found);
  const rows = found
    .filter((row) => Number(row.count) > 0)
    .map((row) => {
      const key: Schemas['OutcomeReportKey'] = {};
      const keyFilters: Parameters<typeof drillDownQuery>[1] = [];
      groupBy.forEach((name, i) => {
        const value = keyValue(row[`k${i}`]);
        key[name] = value;
        if (name !== 'day' && name !== 'week' && name !== 'month') keyFilters.push({ field: byField[name].field, value });
      });
      const range = rowPeriod(row, dimensions, period);
      return {
        key,
        count: Number(row.count),
        leads: Number(row.leads),
        query: drillDownQuery(body, keyFilters, { field: 'timestamp', ...range }),
      };
    });
  return { rows, totals, groupBy, ...period };
}
