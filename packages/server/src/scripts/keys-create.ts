import { createApiKey } from '../services/api-keys.service';
import { runScript } from './run-script';

runScript({
  usage: 'pnpm keys:create <business name>',
  description: [
    'Creates the business if it is new and prints one new API key for it as the last line of stdout,',
    "and the key's id (for pnpm keys:revoke) on stderr.",
    'Only a hash of the key is stored: copy it now, it cannot be shown again.',
  ].join('\n'),
  check: (positionals) => (positionals.join(' ').trim() ? undefined : 'Give the business name, e.g. pnpm keys:create "Acme Roofing".'),
  async run({ db, positionals, log }) {
    const name = positionals.join(' ').trim();
    const { businessId, keyId, apiKey } = await createApiKey(db, name);
    log(`Created API key ${keyId} for "${name}" (business ${businessId}); revoke it with pnpm keys:revoke ${keyId}.`);
    return `${apiKey}\n`;
  },
});
