/** The contract as served: openapi.yaml, as JSON or YAML, with `servers` naming where it was fetched from. */
import type { Handlers } from '../generated/router.js';
import type { components } from '../generated/types.js';
import { servedContract, servedContractYaml } from '../server/contract.js';
import { RawReply } from '../server/reply.js';

type ContractHandlers = Pick<Handlers, 'getOpenapiJson' | 'getOpenapiYaml'>;

interface OriginHeaders {
  host?: string;
  'x-forwarded-host'?: string;
  'x-forwarded-proto'?: string;
}

/** A host name, IPv4 address or bracketed IPv6 address, with an optional port: nothing to inject. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The first value of a header a chain of proxies may have appended to ("a, b"): the client's side. */
const first = (value: string | undefined) => value?.split(',')[0]?.trim().toLowerCase();

/**
 * The origin the client reached the gateway at: as a reverse proxy reports it (X-Forwarded-Host,
 * X-Forwarded-Proto), else the Host header over plain http (the gateway itself does not speak TLS).
 * Trusting the forwarded headers is safe here: a client that forges them only misleads itself.
 */
export function servedAt(headers: OriginHeaders): string | undefined {
  const forwarded = first(headers['x-forwarded-host']);
  const host = forwarded && HOST.test(forwarded) ? forwarded : first(headers.host);
  if (!host || !HOST.test(host)) return undefined;
  return `${first(headers['x-forwarded-proto']) === 'https' ? 'https' : 'http'}://${host}`;
}

export function contractHandlers(): ContractHandlers {
  return {
    async getOpenapiJson({ headers }) {
      return servedContract(servedAt(headers)) as unknown as components['schemas']['OpenApiDocument'];
    },
    async getOpenapiYaml({ headers }) {
      const text = servedContractYaml(servedAt(headers));
      return new RawReply(200, 'application/yaml; charset=utf-8', Buffer.from(text, 'utf8'));
    },
  };
}
