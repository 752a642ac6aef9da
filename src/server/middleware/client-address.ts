/**
 * Who is asking, for the rate limiter. The socket peer, unless that peer is one of TRUSTED_PROXIES: then
 * the X-Forwarded-For chain is walked from the right, skipping trusted hops, and the first address that
 * is not a trusted proxy is the client. Anyone can send X-Forwarded-For, so it is believed only from a
 * proxy we were told about; a limiter keyed on a header the client writes limits nobody.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import type { Cidr } from '../../config.js';

export type ClientAddress = (c: Context) => string;

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1, so both spellings share one budget. */
export function normalizeIp(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

export function blockListOf(networks: readonly Cidr[]): BlockList {
  const list = new BlockList();
  for (const { address, prefix, family } of networks) list.addSubnet(address, prefix, family);
  return list;
}

export function inBlockList(list: BlockList, address: string): boolean {
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 4 ? 'ipv4' : 'ipv6');
}

/** One X-Forwarded-For entry without the port some proxies add (`1.2.3.4:5678`, `[2001:db8::1]:443`). */
function hop(entry: string): string | null {
  let value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  return isIP(value) ? normalizeIp(value) : null;
}

/** The socket peer, never a header: for decisions a proxy must not be able to make for the client (/metrics). */
export function peerOf(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress;
  return peer ? normalizeIp(peer) : 'unknown';
}

/**
 * @example
 * const clientAddress = createClientAddress([{ address: '10.0.0.0', prefix: 8, family: 'ipv4' }]);
 * clientAddress(c) // '203.0.113.9' for a request from proxy 10.0.0.2 with X-Forwarded-For: 203.0.113.9
 */
export function createClientAddress(trustedProxies: readonly Cidr[]): ClientAddress {
  if (trustedProxies.length === 0) return peerOf;
  const trusted = blockListOf(trustedProxies);
  return (c) => {
    let client = peerOf(c);
    if (!inBlockList(trusted, client)) return client;
    const chain = (c.req.header('x-forwarded-for') ?? '').split(',').reverse();
    for (const entry of chain) {
      const address = hop(entry);
      // A malformed hop was written by someone we do not trust: stop at the last address a trusted proxy saw.
      if (!address) return client;
      client = address;
      if (!inBlockList(trusted, address)) return address;
    }
    return client;
  };
}
