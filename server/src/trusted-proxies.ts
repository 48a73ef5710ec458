import proxyAddr from '@fastify/proxy-addr';
import type { ServerConfig } from './config.js';

/** Whether the address at `hop` (0: the connection's peer, 1: the address it forwarded for, …) is a proxy we trust. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as a function for Fastify's `trustProxy` and the connection cap. A hop count trusts that many
 * peers, whoever they are, as Express does: right when the server can be reached only through its proxies (as
 * in compose.yaml). Fastify itself reads a bare number as "trust nobody" since 5.x, which would count every
 * visitor as the proxy's one address. An address list trusts the peers it names.
 */
export function proxyTrust(trustProxy: ServerConfig['trustProxy']): ProxyTrust {
  if (trustProxy === false) return () => false;
  if (typeof trustProxy === 'number') return (_address, hop) => hop < trustProxy;
  return proxyAddr.compile(trustProxy.split(','));
}
