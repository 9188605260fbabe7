/**
 * multipart/form-data request bodies (file uploads), parsed by multer before the contract's
 * validator sees them. Files stream to disk; fields become req.body with their types taken from the
 * operation's schema (a form sends only strings), so the validator checks a multipart body exactly as
 * it checks JSON. Uploads that no handler adopted are deleted when the reply ends.
 */
import { mkdir, rm } from 'node:fs/promises';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { ApiError, badRequest, payloadTooLarge } from '../errors.js';
import { followRefs, type Schema } from './contract.js';
import type { HandlerContext, UploadedFile } from './reply.js';

export interface MultipartOptions {
  /** Where uploads are written; the handler moves the ones it keeps. */
  dir: string;
  maxFileBytes: number;
}

function properties(contract: Schema, schema: Schema): Record<string, Schema> {
  const props = (followRefs(contract, schema).properties ?? {}) as Record<string, Schema>;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, followRefs(contract, v)]));
}

/** Form values are strings; the schema says which are numbers, booleans or nested objects. */
function coerce(contract: Schema, schema: Schema, value: unknown): unknown {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (typeof value === 'string') {
    const number = Number(value);
    if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !isNaN(number))
      return number;
    if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
    return value;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = properties(contract, schema);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, props[k] ? coerce(contract, props[k], v) : v]),
    );
  }
  return value;
}

function uploadError(error: unknown, maxFileBytes: number, fileFields: string[]): unknown {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE')
      return payloadTooLarge(`The file exceeds the upload limit of ${maxFileBytes} bytes.`);
    const field = error.field ?? null;
    if (error.code === 'LIMIT_UNEXPECTED_FILE')
      return badRequest(
        field && fileFields.includes(field)
          ? `Send one file in '${field}'.`
          : `Unexpected file in '${field}'.`,
        field,
        'invalid_value',
      );
    return badRequest(`Invalid multipart body: ${error.message}.`, field, 'invalid_value');
  }
  // busboy's parse errors carry no code; file system errors do (and are ours: a 500).
  if (error instanceof Error && !(error as NodeJS.ErrnoException).code && !(error instanceof ApiError))
    return badRequest(`Invalid multipart/form-data body: ${error.message}.`, null, 'invalid_value');
  return error;
}

/** The body parser for one multipart operation, given its request body schema. */
export function multipartBody(contract: Schema, schema: Schema, options: MultipartOptions): RequestHandler {
  const props = properties(contract, schema);
  const fileFields = Object.keys(props).filter((k) => props[k]!.format === 'binary');
  const parse = multer({
    // Made again if gone (a string destination is made once): another process reaps a day-old
    // uploads folder, and an idle process's looks like one.
    storage: multer.diskStorage({
      destination: (_req, _file, done) =>
        void mkdir(options.dir, { recursive: true }).then(
          () => done(null, options.dir),
          (error: Error) => done(error, options.dir),
        ),
    }),
    defParamCharset: 'utf8',
    limits: { fileSize: options.maxFileBytes, fields: 100, fieldSize: 1024 * 1024 },
    // One file per file field: another file is refused as it starts, before it reaches the disk.
  }).fields(fileFields.map((name) => ({ name, maxCount: 1 })));

  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    const ctx = res.locals.ctx as HandlerContext;
    res.on('close', () => {
      // A failed cleanup must not become an unhandled rejection (which would end the process).
      for (const upload of ctx.uploads ?? []) rm(upload.path, { force: true }).catch(() => undefined);
    });
    parse(req, res, (error?: unknown) => {
      // After a parse error multer leaves placeholders (no path) for the files it was still
      // receiving; it deletes those itself.
      const received = Object.values((req.files ?? {}) as Record<string, Express.Multer.File[]>).flat();
      const files = received.filter((f) => typeof f.path === 'string');
      ctx.uploads = files.map((f) => ({
        field: f.fieldname,
        path: f.path,
        filename: f.originalname,
        size: f.size,
        contentType: f.mimetype,
      })) satisfies UploadedFile[];
      if (error) return next(uploadError(error, options.maxFileBytes, fileFields));
      const body = req.body as Record<string, unknown>;
      for (const [name, value] of Object.entries(body)) {
        if (fileFields.includes(name))
          return next(badRequest(`'${name}' must be a file, not a text field.`, name, 'invalid_type'));
        if (props[name]) body[name] = coerce(contract, props[name], value);
      }
      // Stands in for the file where the validator looks (type: string, format: binary).
      for (const file of files) body[file.fieldname] = '';
      next();
    });
  };
}
