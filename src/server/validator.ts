/** The contract's validator (express-openapi-validator), configured once for the app. */
import { createRequire } from 'node:module';
import * as OpenApiValidator from 'express-openapi-validator';
import type { RequestHandler } from 'express';

/**
 * express-openapi-validator 5.6 compiles every route's path pattern on every request (lookupRoute
 * calls pathToRegexp for each route, each time), which costs more than the rest of routing put
 * together and grows with the API. The result depends only on the arguments and is only read, so
 * each pattern is compiled once.
 */
function memoizeValidatorPathCompilation(): void {
  const require = createRequire(import.meta.url);
  const fromValidator = createRequire(require.resolve('express-openapi-validator'));
  const pathToRegexpModule = fromValidator('path-to-regexp') as {
    pathToRegexp: (path: string, options?: { sensitive?: boolean; strict?: boolean }) => unknown;
    __memoized?: boolean;
  };
  if (pathToRegexpModule.__memoized) return;
  const original = pathToRegexpModule.pathToRegexp;
  const cache = new Map<string, unknown>();
  pathToRegexpModule.pathToRegexp = (path, options) => {
    if (typeof path !== 'string') return original(path, options);
    const key = `${options?.sensitive ? 1 : 0}${options?.strict ? 1 : 0}${path}`;
    let compiled = cache.get(key);
    if (compiled === undefined) cache.set(key, (compiled = original(path, options)));
    return compiled;
  };
  pathToRegexpModule.__memoized = true;
}

export function contractValidator(contract: object, validateResponses: boolean): RequestHandler[] {
  memoizeValidatorPathCompilation();
  return OpenApiValidator.middleware({
    apiSpec: contract as never,
    // Path and query parameters are always coerced from strings (the validator insists). A JSON body
    // already has its types; coercing it would turn `false`, `0` and `""` into null wherever null is
    // also allowed (store: false, temperature: 0 would be lost).
    validateRequests: { allowUnknownQueryParameters: false, coerceTypes: false },
    validateResponses: validateResponses ? { removeAdditional: false } : false,
    validateSecurity: false,
    // Multipart bodies are parsed before the validator (src/server/multipart.ts).
    fileUploader: false,
    ignoreUndocumented: false,
    // Match on req.url, where foldModelIdPath has put a model id's slashes into one segment.
    useRequestUrl: true,
  });
}
