import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { checkDatabaseChoice, loadConfig } from '../config';
import { createDatabase, type Database, migrateToLatest } from '../db/database';
import { failureLine } from '../observability/log-safety';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ScriptContext {
  db: Database;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  /** Progress and notes go to stderr, so stdout carries only the script's result. */
  log(message: string): void;
  /** The embedded database's directory, when the script runs on it. */
  dataDir: string | undefined;
}

export interface Script {
  /** How to call it, e.g. `pnpm keys:create <business name>`. */
  usage: string;
  description: string;
  options?: Options;
  /** Checks the arguments before any database work; returns a usage error message, if any. */
  check?(positionals: string[], values: ScriptContext['values']): string | undefined;
  /** Whether to bring the schema up to date before running (default true). */
  migrate?: boolean;
  /**
   * Does the work; what it returns is the script's result, printed on stdout once the
   * database is closed, so that nothing is reported done before it is written for good.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a script that prints nothing just returns, as an async function without a return does.
  run(context: ScriptContext): Promise<string | void>;
}

export class UsageError extends Error {}

/** The file of each script that `pnpm <name>` runs in a checkout. */
const scriptFiles: Record<string, string> = {
  'db:migrate': 'migrate',
  'db:rollback': 'rollback',
  'db:seed': 'seed',
  'keys:create': 'keys-create',
  'keys:revoke': 'keys-revoke',
};

/**
 * Names the scripts as they can be run where this one runs: `pnpm keys:revoke` in a checkout
 * (from source), `node packages/server/dist/scripts/keys-revoke.js` in a production build or
 * the image, which have no pnpm scripts. Applied to everything a script tells the person.
 */
export function inThisBuild(text: string, runningFile = __filename): string {
  if (runningFile.endsWith('.ts')) return text;
  return text.replace(/\bpnpm ([a-z]+:[a-z]+)\b/g, (command, name: string) => {
    const file = scriptFiles[name];
    return file ? `node ${path.relative(process.cwd(), path.join(path.dirname(runningFile), `${file}.js`)) || `${file}.js`}` : command;
  });
}

function helpText(script: Script): string {
  const options = Object.entries(script.options ?? {}).map(([name, option]) => `  --${name}${option.type === 'string' ? ' <value>' : ''}`);
  return [
    `Usage: ${script.usage}`,
    '',
    script.description,
    '',
    'Options:',
    ...options,
    '  --help          show this help',
    '',
    'Uses DATABASE_URL when set, else the embedded database in DATA_DIR (the same one `pnpm start` uses).',
  ].join('\n');
}

/**
 * The one way an operations script starts: parse arguments (exit 2 on misuse), read the
 * same configuration as the server, open the database, migrate, run, and close.
 */
export function runScript(script: Script, argv = process.argv.slice(2)): void {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...script.options, help: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    process.stderr.write(inThisBuild(`${(error as Error).message}\n\n${helpText(script)}\n`));
    process.exit(2);
  }
  const values = parsed.values as ScriptContext['values'];
  if (values.help) {
    process.stdout.write(inThisBuild(`${helpText(script)}\n`));
    return;
  }
  const usageError = script.check?.(parsed.positionals, values);
  if (usageError) {
    process.stderr.write(inThisBuild(`${usageError}\n\n${helpText(script)}\n`));
    process.exit(2);
  }
  execute(script, parsed.positionals, values).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(inThisBuild(`${failureLine(error)}\n`));
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}

async function execute(script: Script, positionals: string[], values: ScriptContext['values']): Promise<void> {
  const config = loadConfig();
  checkDatabaseChoice(config);
  const db = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: 2 });
  const log = (message: string) => process.stderr.write(inThisBuild(`${message}\n`));
  // biome-ignore lint/suspicious/noConfusingVoidType: what `run` resolved to, as it is typed.
  let result: string | void;
  try {
    if (script.migrate !== false) await migrateToLatest(db);
    result = await script.run({ db, positionals, values, log, dataDir: config.databaseUrl ? undefined : config.dataDir });
  } finally {
    await db.destroy();
  }
  if (result) process.stdout.write(result);
}
