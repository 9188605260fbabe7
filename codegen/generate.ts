/**
 * npm run codegen: openapi.yaml → src/generated/{types,router}.ts, contract.json and the fast
 * lane's validators (fast-lane.ts, request-validators.ts, response-validators.ts) for the server, and
 * packages/client/src/generated/{types,client}.ts (the typed client package).
 * Output is deterministic (prettier-formatted, no timestamps) so CI can diff it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { clientView, renderClient } from './client.js';
import { renderRouter } from './router.js';
import { renderValidators } from './validators.js';
import { listOperations, loadSpec } from './spec.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(root, 'openapi.yaml');
const serverDir = resolve(root, 'src/generated');
const clientDir = resolve(root, 'packages/client/src/generated');

async function write(file: string, source: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(source, { ...options, filepath: file }));
}

async function types(spec: Record<string, unknown>): Promise<string> {
  // openapi-typescript annotates the document it is given in place: hand it a copy.
  const source = astToString(
    await openapiTS(structuredClone(spec) as never, { alphabetize: false, defaultNonNullable: false }),
  );
  return `/* generated — do not edit. Source: openapi.yaml; generator: openapi-typescript */\n${source}`;
}

async function main(): Promise<void> {
  const spec = loadSpec(specPath);
  const operations = listOperations(spec);
  await write(resolve(serverDir, 'types.ts'), await types(spec));
  await write(resolve(serverDir, 'router.ts'), renderRouter(operations));
  // The contract as JSON, which the gateway loads at start-up: parsing the YAML costs it ~25 MB of RSS.
  await write(resolve(serverDir, 'contract.json'), JSON.stringify(spec));
  const lane = renderValidators(spec, operations);
  await write(resolve(serverDir, 'fast-lane.ts'), lane.table);
  await write(resolve(serverDir, 'request-validators.ts'), lane.requests);
  await write(resolve(serverDir, 'response-validators.ts'), lane.responses);
  const client = clientView(spec);
  await write(resolve(clientDir, 'types.ts'), await types(client.spec));
  await write(resolve(clientDir, 'client.ts'), renderClient(client.streams));
  const dirs = [serverDir, clientDir].map((d) => relative(root, d)).join(', ');
  console.log(`codegen: ${operations.length} operations → ${dirs}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
