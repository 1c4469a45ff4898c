import type { components } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { dispositionQueryFields } from '../repositories/dispositions.repository';
import { outcomeReportRows, outcomeReportTotals } from '../repositories/outcome-report.repository';
import type { Dimension } from '../repositories/report-buckets';
import { checkPeriod, checkReportSelection, checkRowCount, drillDownQuery, inTimeZone, keyValue, maxReportRows, rowPeriod } from './report-period';

type Schemas = components['schemas'];
type OutcomeDimension = Schemas['OutcomeReportDimension'];

/** The query field behind each dimension: its column, and what its drill-down filters on. */
const byField: Record<Exclude<OutcomeDimension, 'day' | 'week' | 'month'>, Schemas['DispositionFilterField']> = {
  outcome: 'outcome',
  category: 'category',
  type: 'type',
  changeSource: 'changeSource',
  assignedToUserId: 'assignedToUserId',
  changedByUserId: 'changedByUserId',
  previousOutcome: 'oldDispositionOutcome',
};

function dimensionOf(name: OutcomeDimension): Dimension {
  return name === 'day' || name === 'week' || name === 'month'
    ? { by: 'period', unit: name, column: 'timestamp' }
    : { by: 'column', column: dispositionQueryFields[byField[name]].column };
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
        if (name !== 'day' && name !== 'week' && name !== 'month') keyFilters.push({ field: byField[name], value });
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
