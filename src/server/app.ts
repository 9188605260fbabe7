/** Assembles the express app: context, body parsing, the contract's validator, handlers, errors. */
import type { RequestListener } from 'node:http';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { mountHandlers, routeTable, type Handlers } from '../generated/router.js';
import { foldModelIdPath, requestContext } from './context.js';
import { decodingBodies } from './content-encoding.js';
import { contract as sharedContract, loadContract, nodeAt } from './contract.js';
import { withFastLane } from './fast-lane.js';
import type { HandlerContext } from './reply.js';
import { errorHandler, unknownRoute } from './errors.js';
import { limitJsonDepth } from './json-depth.js';
import { multipartBody, type MultipartOptions } from './multipart.js';
import { UnionExplainer } from './union-errors.js';
import { contractValidator } from './validator.js';

export interface AppOptions {
  handlers: Handlers;
  log: Logger;
  bodyLimitBytes: number;
  validateResponses: boolean;
  uploads: MultipartOptions;
  /** false: every request goes to express (the parity test compares the two). */
  fastLane?: boolean;
}

/**
 * The gateway's HTTP request listener: compressed bodies decoded (content-encoding.ts), then the
 * fast lane for the operations the contract marks x-fast-lane, in front of the express app for the
 * rest (src/server/fast-lane.ts).
 */
export function createListener(options: AppOptions): { app: Express; listener: RequestListener } {
  const app = createApp(options);
  const lane = withFastLane(
    {
      handlers: options.handlers,
      log: options.log,
      bodyLimitBytes: options.bodyLimitBytes,
      validateResponses: options.validateResponses,
      contract: sharedContract(),
      explainer: app.locals.unionExplainer as UnionExplainer,
    },
    app,
  );
  // A multipart body may hold a whole upload besides its other fields.
  const limits = {
    bodyBytes: options.bodyLimitBytes,
    multipartBytes: options.uploads.maxFileBytes + options.bodyLimitBytes,
  };
  return { app, listener: decodingBodies(limits, options.fastLane === false ? app : lane) };
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'extended');
  app.locals.log = options.log;
  app.locals.validateResponses = options.validateResponses;
  // The shared read-only copy for the union explainer and the multipart parsers; the validator
  // rewrites what it is given, so it gets a copy of its own.
  const contract = sharedContract();
  app.locals.unionExplainer = new UnionExplainer(contract);

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
  app.use(limitJsonDepth);
  for (const route of routeTable) {
    if (route.body !== 'multipart/form-data') continue;
    const schema = nodeAt(contract, [
      'paths',
      route.path,
      route.method,
      'requestBody',
      'content',
      route.body,
      'schema',
    ]);
    app[route.method](route.expressPath, multipartBody(contract, schema, options.uploads));
  }
  app.use(contractValidator(loadContract(), options.validateResponses));
  const router = express.Router();
  mountHandlers(router, options.handlers);
  app.use(router);
  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}
