/**
 * The baseline for `npm run bench`: the leanest practical Node proxy — node:http in, undici with a
 * keep-alive pool out; the small JSON request is read whole, the reply streamed back chunk by chunk. No validation, no routing, no logging.
 *
 *   tsx scripts/bare-proxy.ts <upstream origin, e.g. http://127.0.0.1:9000> [port]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { Agent, request } from 'undici';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

export function startBareProxy(upstreamOrigin: string, port = 0): Promise<{ url: string; close(): void }> {
  const dispatcher = new Agent({ connections: 1024, keepAliveTimeout: 60_000 });
  const server = createServer(async (req, res) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(k) && typeof v === 'string') headers[k] = v;
    const controller = new AbortController();
    res.on('close', () => res.writableFinished || controller.abort());
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upstream = await request(upstreamOrigin + req.url, {
        method: req.method as 'POST',
        headers,
        body: chunks.length ? Buffer.concat(chunks) : null,
        dispatcher,
        signal: controller.signal,
      });
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(upstream.headers))
        if (!HOP_BY_HOP.has(k) && typeof v === 'string') out[k] = v;
      res.writeHead(upstream.statusCode, out);
      for await (const chunk of upstream.body) if (!res.write(chunk)) await once(res, 'drain');
      res.end();
    } catch (error) {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { message: String(error), type: 'server_error', param: null, code: null } }),
      );
    }
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

if (process.argv[1]?.endsWith('bare-proxy.ts')) {
  const proxy = await startBareProxy(
    process.argv[2] ?? 'http://127.0.0.1:9000',
    Number(process.argv[3] ?? 0),
  );
  console.log(proxy.url);
}
