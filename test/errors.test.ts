import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors.js';
import { paramName, toApiError } from '../src/server/errors.js';

describe('error mapping', () => {
  it('names fields the way OpenAI does', () => {
    expect(paramName('/body/messages/0/content')).toBe('messages[0].content');
    expect(paramName('/query/include/1')).toBe('include[1]');
    expect(paramName('/body/model')).toBe('model');
  });

  it('maps body-parser and unknown errors to the envelope', () => {
    expect(toApiError({ type: 'entity.too.large' }).status).toBe(413);
    expect(
      toApiError({ type: 'entity.parse.failed', message: 'Unexpected end' }).toJSON().error,
    ).toMatchObject({
      code: 'invalid_json',
      type: 'invalid_request_error',
    });
    // body-parser: a compressed body that does not decompress, an encoding or charset it does not read.
    const zlib = Object.assign(new Error('incorrect header check'), { status: 400, expose: true });
    expect(toApiError(zlib).toJSON().error).toMatchObject({
      code: 'invalid_body',
      type: 'invalid_request_error',
    });
    expect(toApiError({ type: 'charset.unsupported', message: 'x' })).toMatchObject({
      status: 415,
      code: 'unsupported_charset',
    });
    const unknown = toApiError(new TypeError('x is undefined'));
    expect(unknown.status).toBe(500);
    expect(unknown.message).not.toContain('x is undefined');
    const own = new ApiError(418, 'teapot', 'invalid_request_error');
    expect(toApiError(own)).toBe(own);
  });

  it('picks the deepest validator issue and merges the enum values of a oneOf', () => {
    const error = toApiError({
      status: 400,
      message: 'bad',
      errors: [
        { path: '/body/messages/0/role', message: 'must be equal to one of the allowed values: developer' },
        { path: '/body/messages/0/role', message: 'must be equal to one of the allowed values: user' },
        { path: '/body/messages/0', message: 'must match exactly one schema in oneOf' },
      ],
    });
    expect(error.param).toBe('messages[0].role');
    expect(error.message).toBe(
      "Invalid field 'messages[0].role': must be equal to one of the allowed values: developer, user.",
    );
  });
});
