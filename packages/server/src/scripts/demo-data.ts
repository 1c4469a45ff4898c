import type { CreateDispositionRequest, CreateLeadStatusRequest, LeadRequest } from '@dispositions/api-types';

// Realistic-looking demo data for `pnpm db:seed`: a roofing and solar installer's leads,
// each worked by a few calls, texts and visits. A seeded generator makes every run the
// same, so screenshots and walkthroughs stay valid.

const firstNames = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Linus',
  'Margaret',
  'Dennis',
  'Radia',
  'Ken',
  'Hedy',
  'John',
  'Annie',
  'Tim',
  'Evelyn',
  'Guido',
  'Mary',
];
const lastNames = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Torvalds',
  'Hamilton',
  'Ritchie',
  'Perlman',
  'Thompson',
  'Lamarr',
  'McCarthy',
  'Easley',
  'Berners-Lee',
  'Boyd',
  'van Rossum',
  'Keller',
];
const timeZones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix'];
const products = [
  { product: 'Roof replacement', vertical: 'Home Services' },
  { product: 'Roof repair', vertical: 'Home Services' },
  { product: 'Solar panels', vertical: 'Energy' },
  { product: 'Gutters', vertical: 'Home Services' },
];
const sources = ['google', 'facebook', 'referral', 'angi', 'website'];
const users = ['user-ana', 'user-ben', 'user-chloe', 'user-dev', 'user-erin'];

interface Step {
  type: string;
  outcome: string;
  notes: string;
  followUp?: 'callback' | 'task' | 'appointment';
}

const steps: Step[] = [
  { type: 'Call', outcome: 'No Answer', notes: 'Rang out, no voicemail set up.', followUp: 'callback' },
  { type: 'Call', outcome: 'Voicemail', notes: 'Left a voicemail with our number.', followUp: 'callback' },
  { type: 'Text', outcome: 'Sent', notes: 'Texted a link to book an inspection.' },
  { type: 'Call', outcome: 'Contacted', notes: 'Interested, wants a quote by email.', followUp: 'task' },
  { type: 'Email', outcome: 'Quote Sent', notes: 'Sent the quote and financing options.', followUp: 'callback' },
  { type: 'Call', outcome: 'Appointment Set', notes: 'Inspection booked; gate code on file.', followUp: 'appointment' },
  { type: 'Visit', outcome: 'Inspection Done', notes: 'Measured the roof, photos uploaded.', followUp: 'task' },
  { type: 'Call', outcome: 'Not Interested', notes: 'Went with another installer.' },
  { type: 'Call', outcome: 'Sold', notes: 'Signed; install scheduled with the crew.' },
];

/** The demo business's catalog of lead statuses: the outcomes that name one take its category. */
export const demoLeadStatuses: CreateLeadStatusRequest[] = [
  { name: 'Contacted', category: 'Open', color: '#3b82f6', sortOrder: 1 },
  { name: 'Quote Sent', category: 'Qualified', color: '#a855f7', sortOrder: 2 },
  { name: 'Appointment Set', category: 'Qualified', color: '#f59e0b', sortOrder: 3 },
  { name: 'Inspection Done', category: 'Qualified', color: '#14b8a6', sortOrder: 4 },
  { name: 'Sold', category: 'Converted', color: '#22c55e', sortOrder: 5 },
  { name: 'Not Interested', category: 'Lost', color: '#ef4444', sortOrder: 6 },
];

/** A small seeded PRNG (mulberry32): the same seed gives the same demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const hours = (n: number) => n * 3_600_000;

export function demoLead(random: () => number, index: number): LeadRequest {
  const firstName = pick(random, firstNames);
  const lastName = pick(random, lastNames);
  const { product, vertical } = pick(random, products);
  const utmSource = pick(random, sources);
  return {
    contact: {
      firstName,
      lastName,
      email: `${firstName}.${lastName}.${index}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
      phone: { number: `+1555${String(1_000_000 + index).slice(1)}` },
      timeZoneId: pick(random, timeZones),
    },
    metadata: {
      externalId: `crm-${10_000 + index}`,
      utmSource,
      product,
      vertical,
      sourceMetadata: { campaign: `${product.toLowerCase().replace(/ /g, '-')}-${utmSource}` },
    },
  };
}

/** A lead's history: `count` contacts a few hours to days apart, starting at `start`, moving through the sales steps. */
export function demoHistory(random: () => number, leadId: string, start: Date, count: number): CreateDispositionRequest[] {
  const owner = pick(random, users);
  let at = start.getTime();
  return Array.from({ length: count }, (_, i) => {
    at += hours(2 + Math.floor(random() * 70));
    const last = i === count - 1;
    const step = last && random() < 0.4 ? pick(random, steps.slice(7)) : steps[Math.min(Math.floor(random() * 7) + Math.floor(i / 4), 6)]!;
    const followUpAt = new Date(at + hours(24 + Math.floor(random() * 72))).toISOString();
    return {
      leadId,
      type: step.type,
      outcome: step.outcome,
      notes: step.notes,
      timestamp: new Date(at).toISOString(),
      assignedToUserId: owner,
      followUpStatus: step.followUp ? (last ? 'Pending' : 'Done') : null,
      callbackAt: step.followUp === 'callback' ? followUpAt : null,
      taskDueAt: step.followUp === 'task' ? followUpAt : null,
      appointmentStartAt: step.followUp === 'appointment' ? followUpAt : null,
      appointmentEndAt: step.followUp === 'appointment' ? new Date(Date.parse(followUpAt) + hours(1)).toISOString() : null,
      isMissedCallFollowUp: step.type === 'Call' && random() < 0.1,
    };
  });
}
