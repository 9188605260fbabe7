/**
 * GET /docs in headless Chromium (Debian's chromium package; .ci/run installs it): the page renders
 * the contract, lists its operations, logs no console error, and loads nothing from anywhere but the
 * gateway, so it works offline.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../integration/stack.js';

const CHROMIUM = '/usr/bin/chromium';
const PATIENCE_MS = 60_000;

let stack: Stack;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const elsewhere: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: the API reference page is tested in Debian's chromium. ` +
        'Install it (as root): apt-get update && apt-get install -y chromium',
    );
  stack = await startStack({ VALIDATE_RESPONSES: 'true' });
  // As root (CI, containers) Chromium refuses to start with its sandbox.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${stack.base}/`)) elsewhere.push(request.url());
  });
}, PATIENCE_MS);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the API reference page', () => {
  it(
    'renders the contract and lists its operations',
    async () => {
      const reply = await page.goto(`${stack.base}/docs`);
      expect(reply?.status()).toBe(200);
      const paths = page.locator('.opblock-summary-path');
      await paths
        .filter({ hasText: '/v1/responses/{response_id}/input_items' })
        .waitFor({ timeout: PATIENCE_MS });
      expect(await page.title()).toBe('Open Responses Gateway — API reference');
      await expect.poll(() => page.locator('.info .title').innerText()).toContain('Open Responses Gateway');
      const listed = await paths.allInnerTexts();
      for (const path of ['/health', '/openapi.json', '/v1/chat/completions', '/v1/embeddings', '/v1/files'])
        expect(listed).toContain(path);
      await page
        .getByText('Creates a chat completion on the provider that serves the model (passed through).')
        .waitFor();
      // The server the reference's "Try it out" calls is the gateway, as /openapi.json names it.
      expect(await page.locator('.servers select').inputValue()).toBe(stack.base);
    },
    PATIENCE_MS,
  );

  it(
    'shows an operation with its request body and replies',
    async () => {
      const operation = page
        .locator('.opblock-post')
        .filter({ has: page.locator('.opblock-summary-path', { hasText: /^\/v1\/responses$/ }) });
      await operation.locator('.opblock-summary').click();
      await operation.locator('.opblock-body .body-param__example').waitFor({ timeout: PATIENCE_MS });
      const body = await operation.locator('.opblock-body').innerText();
      expect(body).toContain('previous_response_id');
      expect(body).toContain('The response, or with stream=true its events');
    },
    PATIENCE_MS,
  );

  it('logged no console error and loaded nothing from elsewhere', () => {
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
});
