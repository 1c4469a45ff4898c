import type { CreateDispositionRequest, CreateLeadStatusRequest, LeadRequest } from '@dispositions/api-types';
import { en, en_US, Faker } from '@faker-js/faker';

// Demo data for `pnpm db:seed`: a roofing and solar installer's leads, each worked forward
// through the sales pipeline by a few calls, texts and visits, with the follow-ups a sales
// team has open today: some overdue, some due today, the rest later this week. Times are
// relative to when the seed runs, so "today's callbacks" finds some on any day; names,
// products and the shape of each history come from a seeded generator, so every run
// tells the same stories.

/** The pipeline, in order: a lead only ever moves forward through it. */
const stages = {
  attempt: 0,
  contacted: 1,
  quoted: 2,
  booked: 3,
  inspected: 4,
  closed: 5,
} as const;

type FollowUp = 'callback' | 'task' | 'appointment';

interface Step {
  stage: number;
  type: string;
  outcome: string;
  notes: string;
  followUp?: FollowUp;
}

const attempts: Step[] = [
  { stage: stages.attempt, type: 'Call', outcome: 'No Answer', notes: 'Rang out, no voicemail set up.', followUp: 'callback' },
  { stage: stages.attempt, type: 'Call', outcome: 'Voicemail', notes: 'Left a voicemail with our number.', followUp: 'callback' },
  { stage: stages.attempt, type: 'Text', outcome: 'Text Sent', notes: 'Texted a link to book an inspection.', followUp: 'callback' },
];
const contacted: Step = { stage: stages.contacted, type: 'Call', outcome: 'Contacted', notes: 'Interested, wants a quote by email.', followUp: 'task' };
const quoted: Step = { stage: stages.quoted, type: 'Email', outcome: 'Quote Sent', notes: 'Sent the quote and financing options.', followUp: 'callback' };
const booked: Step = {
  stage: stages.booked,
  type: 'Call',
  outcome: 'Appointment Set',
  notes: 'Inspection booked; gate code on file.',
  followUp: 'appointment',
};
const inspected: Step = { stage: stages.inspected, type: 'Visit', outcome: 'Inspection Done', notes: 'Measured the roof, photos uploaded.', followUp: 'task' };
const sold: Step = { stage: stages.closed, type: 'Call', outcome: 'Sold', notes: 'Signed; install scheduled with the crew.' };
const lost: Step = { stage: stages.closed, type: 'Call', outcome: 'Not Interested', notes: 'Went with another installer.' };
const pipeline = [contacted, quoted, booked, inspected];

/** The demo business's catalog of lead statuses: every outcome the seed records names one, so each takes its category. */
export const demoLeadStatuses: CreateLeadStatusRequest[] = [
  { name: 'No Answer', category: 'Open', color: '#94a3b8', sortOrder: 1 },
  { name: 'Voicemail', category: 'Open', color: '#94a3b8', sortOrder: 2 },
  { name: 'Text Sent', category: 'Open', color: '#94a3b8', sortOrder: 3 },
  { name: 'Contacted', category: 'Open', color: '#3b82f6', sortOrder: 4 },
  { name: 'Quote Sent', category: 'Qualified', color: '#a855f7', sortOrder: 5 },
  { name: 'Appointment Set', category: 'Qualified', color: '#f59e0b', sortOrder: 6 },
  { name: 'Inspection Done', category: 'Qualified', color: '#14b8a6', sortOrder: 7 },
  { name: 'Sold', category: 'Converted', color: '#22c55e', sortOrder: 8 },
  { name: 'Not Interested', category: 'Lost', color: '#ef4444', sortOrder: 9 },
];

/**
 * Each lead's time zone with area codes of that zone. Numbers are the 555-0100 to 555-0199
 * block, which the North American Numbering Plan keeps for fiction: valid E.164 numbers that
 * ring no one.
 */
const regions = [
  { timeZoneId: 'America/New_York', areaCodes: ['212', '617', '305', '404'] },
  { timeZoneId: 'America/Chicago', areaCodes: ['312', '214', '512', '615'] },
  { timeZoneId: 'America/Denver', areaCodes: ['303', '801', '505'] },
  { timeZoneId: 'America/Los_Angeles', areaCodes: ['213', '415', '206', '503'] },
  { timeZoneId: 'America/Phoenix', areaCodes: ['602', '480', '520'] },
];
const products = [
  { product: 'Roof replacement', vertical: 'Home Services' },
  { product: 'Roof repair', vertical: 'Home Services' },
  { product: 'Solar panels', vertical: 'Energy' },
  { product: 'Gutters', vertical: 'Home Services' },
];
const sources = ['google', 'facebook', 'referral', 'angi', 'website'];

/** The prefix of every seeded lead's `externalId`: how the seed knows a business it has already filled. */
export const seededExternalIdPrefix = 'seed-';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** When a lead's open follow-up is due: overdue, today (UTC), or later this week. */
export type Due = 'overdue' | 'today' | 'this week';

export interface DemoLead {
  lead: LeadRequest;
  createdAt: Date;
  history: Omit<CreateDispositionRequest, 'leadId'>[];
}

export interface DemoData {
  agents: string[];
  /** The `index`th lead, its history ending at or before `now`. */
  lead(index: number): DemoLead;
}

/**
 * The demo data as of `now`. Leads are dealt to the agents in turn; each agent's first three
 * are still open with a follow-up overdue, a callback due today and a follow-up later this
 * week, so every agent's lists have something in them however few leads are seeded.
 */
export function demoData(seed: number, now: Date): DemoData {
  const faker = new Faker({ locale: [en_US, en], seed });
  const agents = Array.from({ length: 5 }, () => `user-${faker.person.firstName().toLowerCase()}`);
  const at = now.getTime();
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const endOfToday = startOfToday + day;
  const between = (from: number, to: number) => Math.round(faker.number.float({ min: from, max: Math.max(from, to) }) / minute) * minute;

  function dueAt(due: Due): number {
    if (due === 'overdue') return between(at - 4 * day, Math.min(at - hour, startOfToday));
    if (due === 'this week') return between(Math.max(endOfToday, at + day), at + 6 * day);
    // Today: later today when there is time left, else earlier today.
    return endOfToday - at > 2 * hour ? between(at + 30 * minute, endOfToday - 30 * minute) : between(startOfToday, at - 30 * minute);
  }

  /** The steps of one lead, in order, ending with `last`. */
  function steps(last: Step): Step[] {
    const tries = faker.helpers.arrayElements(attempts, { min: 0, max: 3 });
    const before = last.stage === stages.attempt ? tries : [...tries, ...pipeline.filter((step) => step.stage < last.stage && faker.datatype.boolean(0.8))];
    return [...before, last];
  }

  function finalStep(due: Due | undefined): Step {
    if (due === 'today') return faker.helpers.arrayElement([...attempts, quoted]);
    if (due) return faker.helpers.arrayElement([...attempts, contacted, quoted, booked, inspected]);
    return faker.helpers.weightedArrayElement([
      { weight: 3, value: faker.helpers.arrayElement(attempts) },
      { weight: 2, value: contacted },
      { weight: 2, value: quoted },
      { weight: 2, value: booked },
      { weight: 1, value: inspected },
      { weight: 2, value: sold },
      { weight: 2, value: lost },
    ]);
  }

  return {
    agents,
    lead(index) {
      const agent = agents[index % agents.length]!;
      const forced: Due[] = ['overdue', 'today', 'this week'];
      const open = Math.floor(index / agents.length) < forced.length;
      const last = finalStep(open ? forced[Math.floor(index / agents.length)] : undefined);
      const due: Due | undefined = open ? forced[Math.floor(index / agents.length)] : last.followUp ? faker.helpers.arrayElement(forced) : undefined;
      const followUpAt = due ? dueAt(due) : undefined;
      const path = steps(last);
      // Back from the last contact: it came a few hours to two days before its follow-up
      // (never after now); each contact before it a few hours to three days earlier.
      const times: number[] = [];
      let time = Math.min(followUpAt !== undefined ? followUpAt - between(2 * hour, 2 * day) : at - between(hour, 30 * day), at - 10 * minute);
      for (let i = path.length - 1; i >= 0; i--) {
        times.unshift(time);
        time -= between(3 * hour, 3 * day);
      }
      const createdAt = new Date(times[0]! - between(10 * minute, 6 * hour));
      const history = path.map((step, i) => {
        const isLast = i === path.length - 1;
        // A follow-up before the last contact was done when the next contact happened.
        const scheduled = isLast ? followUpAt : times[i + 1];
        const when = step.followUp && scheduled !== undefined ? new Date(scheduled).toISOString() : null;
        return {
          type: step.type,
          outcome: step.outcome,
          notes: step.notes,
          timestamp: new Date(times[i]!).toISOString(),
          assignedToUserId: agent,
          followUpStatus: when ? (isLast ? 'Pending' : 'Done') : null,
          callbackAt: step.followUp === 'callback' ? when : null,
          taskDueAt: step.followUp === 'task' ? when : null,
          appointmentStartAt: step.followUp === 'appointment' ? when : null,
          appointmentEndAt: step.followUp === 'appointment' && when ? new Date(Date.parse(when) + hour).toISOString() : null,
          isMissedCallFollowUp: step.type === 'Call' && faker.datatype.boolean(0.1),
        } satisfies Omit<CreateDispositionRequest, 'leadId'>;
      });
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      const region = faker.helpers.arrayElement(regions);
      const { product, vertical } = faker.helpers.arrayElement(products);
      const utmSource = faker.helpers.arrayElement(sources);
      const lead: LeadRequest = {
        contact: {
          firstName,
          lastName,
          email: faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase(),
          phone: { number: `+1${faker.helpers.arrayElement(region.areaCodes)}55501${faker.string.numeric(2)}` },
          timeZoneId: region.timeZoneId,
        },
        metadata: {
          externalId: `${seededExternalIdPrefix}${10_000 + index}`,
          utmSource,
          product,
          vertical,
          sourceMetadata: { campaign: `${product.toLowerCase().replace(/ /g, '-')}-${utmSource}` },
        },
      };
      return { lead, createdAt, history };
    },
  };
}
