/** Assembles the express app: context, body parsing, the contract's validator, handlers, errors. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { parse } from 'yaml';
import { mountHandlers, routeTable, type Handlers } from '../generated/router.js';
import { PACKAGE_ROOT } from '../version.js';
import { foldModelIdPath, requestContext } from './context.js';
import type { HandlerContext } from './reply.js';
import { errorHandler, unknownRoute } from './errors.js';
import { multipartBody, type MultipartOptions } from './multipart.js';
import { UnionExplainer } from './union-errors.js';
import { contractValidator } from './validator.js';

export interface AppOptions {
  handlers: Handlers;
  log: Logger;
  bodyLimitBytes: number;
  validateResponses: boolean;
  uploads: MultipartOptions;
}

let contract: object | undefined;
/** openapi.yaml, parsed once per process. */
export function loadContract(): object {
  contract ??= parse(readFileSync(resolve(PACKAGE_ROOT, 'openapi.yaml'), 'utf8')) as object;
  return structuredClone(contract);
}

type Schema = Record<string, unknown>;

function multipartSchema(contract: Schema, path: string, method: string): Schema {
  const at = (node: unknown, key: string) => (node as Schema)[key];
  return ['paths', path, method, 'requestBody', 'content', 'multipart/form-data', 'schema'].reduce(
    at,
    contract,
  ) as Schema;
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'extended');
  app.locals.log = options.log;
  app.locals.validateResponses = options.validateResponses;
  app.locals.unionExplainer = new UnionExplainer(loadContract() as Record<string, unknown>);

  app.use(requestContext(options.log));
  app.use(foldModelIdPath);
  app.use(
    express.json({
      limit: options.bodyLimitBytes,
      // Kept so a validated request goes upstream exactly as the client sent it.
      verify: (_req, res, buf) => {
        ((res as unknown as express.Response).locals.ctx as HandlerContext).rawBody = buf;
      },
    }),
  );
  const contract = loadContract() as Schema;
  for (const route of routeTable)
    if (route.body === 'multipart/form-data')
      app[route.method](
        route.expressPath,
        multipartBody(contract, multipartSchema(contract, route.path, route.method), options.uploads),
      );
  app.use(contractValidator(contract, options.validateResponses));
  const router = express.Router();
  mountHandlers(router, options.handlers);
  app.use(router);
  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}
