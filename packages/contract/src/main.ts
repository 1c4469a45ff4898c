import { parseArgs } from 'node:util';
import { loadSpec } from './spec';
import { runContractCheck } from './walk';

const usage = `Usage: pnpm contract --base-url URL --key KEY [--spec FILE]

Walks every operation in the spec against the deployment at URL with one business's API key:
creates its own records from the spec's examples, validates every answer (status, headers,
body) against the spec, and deletes what it created. Prints one line per violation and a
summary; exits 0 when there is none, 1 when there are, 2 on misuse.

  --base-url URL   where the API is served, e.g. https://dispositions.example.com
  --key KEY        a business API key (pnpm keys:create); use a business kept for this check
  --spec FILE      the spec to hold it to (default: this repository's spec/openapi.yaml)`;

async function main(): Promise<number> {
  let values: { 'base-url'?: string; key?: string; spec?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { 'base-url': { type: 'string' }, key: { type: 'string' }, spec: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const baseUrl = values['base-url'];
  if (!baseUrl || !values.key || !URL.canParse(baseUrl)) {
    console.error(`${!baseUrl || URL.canParse(baseUrl) ? '--base-url and --key are required' : `--base-url is not a URL: ${baseUrl}`}\n\n${usage}`);
    return 2;
  }
  const report = await runContractCheck({ baseUrl, apiKey: values.key, spec: loadSpec(values.spec), onViolation: (line) => console.log(`violation: ${line}`) });
  const left = report.leftBehind.length > 0 ? `; left ${report.leftBehind.length} (no DELETE for them): ${report.leftBehind.join(', ')}` : '';
  console.log(
    `contract: ${report.operations} operations, ${report.requests} requests, ${report.violations.length} violations; created ${report.created} records, deleted ${report.deleted}${left}`,
  );
  return report.violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
