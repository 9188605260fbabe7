import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCases, runCase, startHarness, type Harness } from './harness.js';

const cases = loadCases();

describe('conformance', () => {
  let harness: Harness;
  let withoutWebSearch: Harness;
  // Compiling three contracts' schemas takes seconds, many on a loaded machine: not a test's budget.
  beforeAll(async () => {
    harness = await startHarness();
    withoutWebSearch = await startHarness({ server: harness.server, webSearch: false });
  }, 120_000);
  afterAll(async () => {
    await withoutWebSearch.close();
    await harness.close();
  });

  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('has at least 40 Responses API cases', () => {
    expect(cases.filter((c) => c.file.startsWith('responses/')).length).toBeGreaterThanOrEqual(40);
  });

  it('has at least 12 Files API cases', () => {
    expect(cases.filter((c) => c.file.startsWith('files/')).length).toBeGreaterThanOrEqual(12);
  });

  it('has at least 12 Conversations API cases', () => {
    expect(cases.filter((c) => c.file.startsWith('conversations/')).length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) {
    it(`${c.file}: ${c.name}`, async () => {
      expect(await runCase(c.gateway === 'without_web_search' ? withoutWebSearch : harness, c)).toEqual([]);
    });
  }
});
