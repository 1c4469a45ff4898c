import { keyReference, revokeApiKey } from '../services/api-keys.service';
import { runScript, UsageError } from './run-script';

/** A key is a secret: name it in messages by its first characters only. */
const shown = (keyOrId: string) => (keyOrId.startsWith('dsp_') ? `${keyOrId.slice(0, 8)}…` : keyOrId);

runScript({
  usage: 'pnpm keys:revoke <key or key id>',
  description: [
    'Revokes one API key: from the next request on, on every instance, it gets 401.',
    'Give the key itself (dsp_...) or its id (a UUID, printed by keys:create). Prints the',
    "revoked key's id as the last line of stdout. Revoking a revoked key changes nothing.",
  ].join('\n'),
  check: (positionals) =>
    positionals.length === 1 && keyReference(positionals[0]!)
      ? undefined
      : 'Give one API key (dsp_...) or key id (a UUID), e.g. pnpm keys:revoke 7c9e6679-7425-40de-944b-e07fc1f90ae7.',
  async run({ db, positionals, log }) {
    const keyOrId = positionals[0]!;
    const revocation = await revokeApiKey(db, keyOrId);
    if (revocation.outcome === 'unknown') throw new UsageError(`No API key ${shown(keyOrId)} in this database: nothing was revoked.`);
    const { key } = revocation;
    const when = key.revoked_at?.toISOString();
    log(
      revocation.outcome === 'revoked'
        ? `Revoked API key ${key.id} of "${key.business_name}" (business ${key.business_id}) at ${when}: requests with it now get 401.`
        : `API key ${key.id} of "${key.business_name}" was already revoked at ${when}; nothing changed.`,
    );
    return `${key.id}\n`;
  },
});
