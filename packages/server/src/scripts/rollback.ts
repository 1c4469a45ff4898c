import { migrationSource } from '../db/migrations';
import { runScript } from './run-script';

runScript({
  usage: 'pnpm db:rollback [--all]',
  description: 'Undoes the last batch of migrations, or every migration with --all. This drops data: back up first.',
  options: { all: { type: 'boolean' } },
  migrate: false,
  async run({ db, values, log }) {
    const [batch, names] = (await db.migrate.rollback({ migrationSource }, values.all === true)) as [number, string[]];
    log(names.length === 0 ? 'Nothing to roll back.' : `Rolled back batch ${batch}: ${names.join(', ')}`);
  },
});
