/**
 * npm run codegen: openapi.yaml → src/generated/{types,router,client}.ts.
 * Output is deterministic (prettier-formatted, no timestamps) so CI can diff it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { renderClient } from './client.js';
import { renderRouter } from './router.js';
import { listOperations, loadSpec } from './spec.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(root, 'openapi.yaml');
const outDir = resolve(root, 'src/generated');

async function write(name: string, source: string): Promise<void> {
  const file = resolve(outDir, name);
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(source, { ...options, filepath: file }));
}

async function main(): Promise<void> {
  const spec = loadSpec(specPath);
  const operations = listOperations(spec);
  mkdirSync(outDir, { recursive: true });
  const types = astToString(
    await openapiTS(spec as never, { alphabetize: false, defaultNonNullable: false }),
  );
  await write(
    'types.ts',
    `/* generated — do not edit. Source: openapi.yaml; generator: openapi-typescript */\n${types}`,
  );
  await write('router.ts', renderRouter(operations));
  await write('client.ts', renderClient());
  console.log(`codegen: ${operations.length} operations → src/generated/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
