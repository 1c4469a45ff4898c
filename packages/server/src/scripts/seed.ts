import { randomUUID } from 'node:crypto';
import { toLeadColumns } from '../mappers/lead.mapper';
import { findBusinessByName } from '../repositories/businesses.repository';
import { countLeadStatuses } from '../repositories/lead-statuses.repository';
import { countLeads, insertLead } from '../repositories/leads.repository';
import { createApiKey } from '../services/api-keys.service';
import { createLeadStatus } from '../services/lead-statuses.service';
import { recordChange } from '../services/recorded-changes.service';
import { demoHistory, demoLead, demoLeadStatuses, seededRandom } from './demo-data';
import { progressReporter } from './progress';
import { runScript, UsageError } from './run-script';

const day = 86_400_000;

runScript({
  usage: 'pnpm db:seed [--business <name>] [--leads <count>]',
  description: [
    'Fills a demo business with a catalog of lead statuses and realistic leads (default 300), each',
    'with 3 to 17 dispositions (about 3,000 in all), through the same rules as the API, and prints a new API key for it',
    'as the last line of stdout. Progress goes to stderr.',
    'Refuses to touch a business that already has leads, so it is safe to run twice.',
  ].join('\n'),
  options: { business: { type: 'string' }, leads: { type: 'string' } },
  check: (_positionals, values) => {
    if (values.leads !== undefined && !/^[1-9]\d{0,4}$/.test(String(values.leads))) return '--leads must be a whole number from 1 to 99999.';
    if (values.business !== undefined && !String(values.business).trim()) return '--business must not be empty.';
    return undefined;
  },
  async run({ db, values, log }) {
    const name = String(values.business ?? 'Demo Business').trim();
    const leadCount = Number(values.leads ?? 300);
    const existing = await findBusinessByName(db, name);
    const existingLeads = existing ? await countLeads(db, existing.id) : 0;
    if (existingLeads > 0) {
      throw new UsageError(
        `"${name}" already has ${existingLeads} leads: not seeding it again. Seed another business with --business "<name>", or create a key for this one with pnpm keys:create "${name}".`,
      );
    }
    const { businessId, apiKey } = await createApiKey(db, name);
    if ((await countLeadStatuses(db, businessId)) === 0) {
      for (const status of demoLeadStatuses) await createLeadStatus(db, businessId, status);
    }
    const random = seededRandom(20261124);
    const progress = progressReporter(`Seeding "${name}"`, leadCount, log);
    const firstDay = Date.now() - 120 * day;
    let dispositions = 0;
    for (let index = 0; index < leadCount; index++) {
      const createdAt = new Date(firstDay + random() * 60 * day);
      const id = randomUUID();
      await insertLead(db, { business_id: businessId, id, ...toLeadColumns(demoLead(random, index)), created_at: createdAt, modified_at: createdAt });
      for (const request of demoHistory(random, id, createdAt, 3 + Math.floor(random() * 15))) {
        await recordChange(db, { businessId, userId: null }, request);
        dispositions += 1;
      }
      progress.update(index + 1, `${dispositions} dispositions`);
    }
    progress.done(`${leadCount} leads, ${dispositions} dispositions`);
    log(`Seeded "${name}" (business ${businessId}). Its new API key:`);
    return `${apiKey}\n`;
  },
});
