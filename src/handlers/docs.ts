/**
 * GET /docs: the API reference, Swagger UI rendering /openapi.json in the browser. Its files come
 * from the swagger-ui-dist package in node_modules, so the page needs nothing from the internet.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { notFound } from '../errors.js';
import type { Handlers } from '../generated/router.js';
import type { operations } from '../generated/types.js';
import { RawReply } from '../server/reply.js';

type DocsHandlers = Pick<Handlers, 'getDocs' | 'getDocsAsset'>;
type Asset = operations['getDocsAsset']['parameters']['path']['asset'];

// Resolved, not imported: the package's entry point would load the 1.7 MB bundle into this process.
const SWAGGER_UI = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** The files the page loads (the contract's enum of `asset`), and their content types. */
const ASSETS: Record<Asset, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

// validatorUrl: null, or Swagger UI asks validator.swagger.io about the document (online, and leaky).
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Open Responses Gateway — API reference</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css" />
    <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32" />
    <link rel="icon" type="image/png" href="/docs/favicon-16x16.png" sizes="16x16" />
    <style>body { margin: 0; background: #fafafa; }</style>
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script>
      window.ui = SwaggerUIBundle({
        url: '/openapi.json',
        dom_id: '#swagger-ui',
        deepLinking: true,
        validatorUrl: null,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
      });
    </script>
  </body>
</html>
`;

export function docsHandlers(): DocsHandlers {
  return {
    async getDocs() {
      return new RawReply(200, 'text/html; charset=utf-8', Buffer.from(PAGE, 'utf8'));
    },
    async getDocsAsset({ params }) {
      // The validator admits only the contract's names; this guards the file system regardless.
      if (!Object.hasOwn(ASSETS, params.asset)) throw notFound(`No such file: ${params.asset}`, 'asset');
      return new RawReply(200, ASSETS[params.asset], await readFile(join(SWAGGER_UI, params.asset)));
    },
  };
}
