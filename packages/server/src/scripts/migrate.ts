import { migrationSource } from '../db/migrations';
import { runScript } from './run-script';

runScript({
  usage: 'pnpm db:migrate',
  description: 'Brings the database schema up to date (the server also does this on start).',
  async run({ db, log }) {
    const [completed] = await db.migrate.list({ migrationSource });
    log(`Schema is up to date: ${completed.length} migration(s) applied.`);
  },
});
