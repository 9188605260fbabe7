/**
 * A request that goes on in place of the one that arrived, its body read again (the fast lane's
 * replay) or decoded (content-encoding.ts): same socket, method, URL and version, the headers given.
 */
import { IncomingMessage, type IncomingHttpHeaders } from 'node:http';

export function standIn(req: IncomingMessage, headers: IncomingHttpHeaders = req.headers): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = headers;
  copy.rawHeaders =
    headers === req.headers ? req.rawHeaders : Object.entries(headers).flatMap(([k, v]) => [k, String(v)]);
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  return copy;
}
