#!/usr/bin/env node
// Generates packages/api-types/src/openapi.d.ts from spec/openapi.yaml.
// With --check, writes nothing and fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('../spec/openapi.yaml', import.meta.url);
const outUrl = new URL('../packages/api-types/src/openapi.d.ts', import.meta.url);
const check = process.argv.includes('--check');

const ast = await openapiTS(specUrl, { alphabetize: false });
const generated = astToString(ast);

if (check) {
  const committed = await readFile(outUrl, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${fileURLToPath(outUrl)} is out of date with spec/openapi.yaml: run \`pnpm gen\` and commit the result.`);
    process.exit(1);
  }
  console.log('Generated types match spec/openapi.yaml.');
} else {
  await writeFile(outUrl, generated);
  console.log(`Wrote ${fileURLToPath(outUrl)}`);
}
