import { createApiKey } from '../services/api-keys.service';
import { runScript } from './run-script';

runScript({
  usage: 'pnpm keys:create <business name> [--user <user id>]',
  description: [
    'Creates the business if it is new and prints one new API key for it as the last line of stdout,',
    "and the key's id (for pnpm keys:revoke) on stderr.",
    'With --user, the key is issued to that user: the changes made with it record the user as changedByUserId.',
    'Only a hash of the key is stored: copy it now, it cannot be shown again.',
  ].join('\n'),
  options: { user: { type: 'string' } },
  check: (positionals, values) => {
    if (!positionals.join(' ').trim()) return 'Give the business name, e.g. pnpm keys:create "Acme Roofing".';
    const user = values.user;
    if (user !== undefined && (typeof user !== 'string' || !user.trim() || user.length > 200)) return 'Give --user a user id of 1 to 200 characters.';
    return undefined;
  },
  async run({ db, positionals, values, log }) {
    const name = positionals.join(' ').trim();
    const userId = typeof values.user === 'string' ? values.user.trim() : null;
    const { businessId, keyId, apiKey } = await createApiKey(db, name, userId);
    log(
      `Created API key ${keyId} for "${name}" (business ${businessId})${userId ? `, issued to user ${userId}` : ''}; revoke it with pnpm keys:revoke ${keyId}.`,
    );
    return `${apiKey}\n`;
  },
});
