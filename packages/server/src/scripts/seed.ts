import { randomUUID } from 'node:crypto';
import { demoBusinessName, readDemoKey } from '../db/demo-key-file';
import { toLeadColumns } from '../mappers/lead.mapper';
import { findBusinessByName } from '../repositories/businesses.repository';
import { countSeededLeads } from '../repositories/demo-data.repository';
import { activeNameTaken } from '../repositories/lead-statuses.repository';
import { countLeads, insertLead } from '../repositories/leads.repository';
import { callerForKeyHash, createApiKey, hashApiKey } from '../services/api-keys.service';
import { createLeadStatus } from '../services/lead-statuses.service';
import { recordChange } from '../services/recorded-changes.service';
import { demoData, demoLeadStatuses, seededExternalIdPrefix } from './demo-data';
import { progressReporter } from './progress';
import { runScript, UsageError } from './run-script';

runScript({
  usage: 'pnpm db:seed [--business <name>] [--leads <count>]',
  description: [
    'Fills a demo business with a catalog of lead statuses and realistic leads (default 300), each worked',
    'forward through the sales pipeline by 1 to 8 dispositions, through the same rules as the API, with',
    'follow-ups relative to now: every agent has some overdue, some due today and some later this week.',
    'Prints a new API key for the business as the last line of stdout; progress goes to stderr.',
    'Seeds "Demo Business" that the first `pnpm start` made even when you have tried the API on it;',
    'refuses any other business that already has leads, and a business it has seeded before.',
  ].join('\n'),
  options: { business: { type: 'string' }, leads: { type: 'string' } },
  check: (_positionals, values) => {
    if (values.leads !== undefined && !/^[1-9]\d{0,4}$/.test(String(values.leads))) return '--leads must be a whole number from 1 to 99999.';
    if (values.business !== undefined && !String(values.business).trim()) return '--business must not be empty.';
    return undefined;
  },
  async run({ db, values, log, dataDir }) {
    const name = String(values.business ?? demoBusinessName).trim();
    const leadCount = Number(values.leads ?? 300);
    const existing = await findBusinessByName(db, name);
    if (existing) {
      const seeded = await countSeededLeads(db, existing.id, seededExternalIdPrefix);
      if (seeded > 0) {
        throw new UsageError(
          `"${name}" already holds ${seeded} seeded leads: not seeding it again. Seed another business with --business "<name>", or create a key for this one with pnpm keys:create "${name}".`,
        );
      }
      // The business the first `pnpm start` made holds whatever was tried on it; any other with leads holds real data.
      const demoKey = readDemoKey(dataDir);
      const madeByFirstStart = demoKey !== undefined && (await callerForKeyHash(db, hashApiKey(demoKey)))?.businessId === existing.id;
      const leads = madeByFirstStart ? 0 : await countLeads(db, existing.id);
      if (leads > 0) {
        throw new UsageError(
          `"${name}" already has ${leads} lead${leads === 1 ? '' : 's'}: not seeding it again. Seed another business with --business "<name>", or create a key for this one with pnpm keys:create "${name}".`,
        );
      }
    }
    const { businessId, apiKey } = await createApiKey(db, name);
    // Statuses already there (a "Sold" made while trying the API) are kept as they are.
    for (const status of demoLeadStatuses) {
      if (!(await activeNameTaken(db, businessId, status.name))) await createLeadStatus(db, businessId, status);
    }
    const data = demoData(20261124, new Date());
    const progress = progressReporter(`Seeding "${name}"`, leadCount, log);
    let dispositions = 0;
    for (let index = 0; index < leadCount; index++) {
      const { lead, createdAt, history } = data.lead(index);
      const id = randomUUID();
      await insertLead(db, { business_id: businessId, id, ...toLeadColumns(lead), created_at: createdAt, modified_at: createdAt });
      for (const request of history) {
        await recordChange(db, { businessId, userId: null }, { leadId: id, ...request });
        dispositions += 1;
      }
      progress.update(index + 1, `${dispositions} dispositions`);
    }
    progress.done(`${leadCount} leads, ${dispositions} dispositions`);
    log(`Seeded "${name}" (business ${businessId}); its agents: ${data.agents.join(', ')}. Its new API key:`);
    return `${apiKey}\n`;
  },
});
