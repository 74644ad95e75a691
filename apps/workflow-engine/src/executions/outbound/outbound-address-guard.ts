import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where a workflow may send HTTP (MISSION.md rule 5): public addresses only. Refused: loopback, private (RFC 1918),
 * carrier-grade NAT, link-local (169.254.169.254, the cloud metadata address, among them), unique-local and
 * link-local IPv6, multicast, reserved, documentation and benchmark ranges, the unspecified address, and IPv6
 * forms that embed an IPv4 address (mapped, compatible, 6to4, NAT64, Teredo), which are judged by that address.
 * Host names are resolved and every address they give is judged; the request then connects to the address that
 * was judged (no second lookup a DNS rebinding could answer differently). Numeric spellings (decimal 2130706433,
 * octal 0177.0.0.1, hex 0x7f.1) are already the dotted address once WHATWG URL parsing has read them.
 */
const refused = new BlockList();
const V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
  ['2001:db8::', 32, 'documentation'],
  ['100::', 64, 'discard'],
];
const reasons: { net: BlockList; reason: string }[] = [];
for (const [address, prefix, reason] of V4) {
  const net = new BlockList();
  net.addSubnet(address, prefix, 'ipv4');
  refused.addSubnet(address, prefix, 'ipv4');
  reasons.push({ net, reason });
}
for (const [address, prefix, reason] of V6) {
  const net = new BlockList();
  net.addSubnet(address, prefix, 'ipv6');
  refused.addSubnet(address, prefix, 'ipv6');
  reasons.push({ net, reason });
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, '');
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  // A trailing dotted IPv4 (::ffff:1.2.3.4) becomes two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const parts = dotted[1].split('.').map(Number);
    text =
      text.slice(0, -dotted[1].length) +
      `${((parts[0] << 8) | parts[1]).toString(16)}:${((parts[2] << 8) | parts[3]).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - h.length - t.length;
  if (tail === undefined && h.length !== 8) return null;
  const groups = [...h, ...Array(tail !== undefined ? missing : 0).fill('0'), ...t].map((g) => parseInt(g || '0', 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4From = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** The IPv4 address an IPv6 address carries, when it is one of the forms that embed one. */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4From(g[6], g[7]); // ::ffff:a.b.c.d (mapped)
  if (zeros(0, 6) && (g[6] !== 0 || g[7] > 1)) return v4From(g[6], g[7]); // ::a.b.c.d (compatible)
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return v4From(g[6], g[7]); // ::ffff:0:a.b.c.d (translated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4From(g[6], g[7]); // 64:ff9b::/96 (NAT64)
  if (g[0] === 0x2002) return v4From(g[1], g[2]); // 2002::/16 (6to4)
  if (g[0] === 0x2001 && g[1] === 0) return v4From(g[6] ^ 0xffff, g[7] ^ 0xffff); // 2001::/32 (Teredo client)
  return null;
}

/** Why a literal IP address may not be reached, or null when it is public. */
export function addressProblem(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (!family) return 'is not an IP address';
  if (family === 6) {
    const inner = embeddedIpv4(ip);
    if (inner) {
      const problem = addressProblem(inner);
      return problem ? `${problem} (as ${inner} inside an IPv6 address)` : null;
    }
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (!refused.check(ip, type)) return null;
  const reason = reasons.find((r) => r.net.check(ip, type))?.reason ?? 'not public';
  return `is a ${reason} address`;
}

/** An operator's exceptions (OUTBOUND_ALLOWED_HOSTS): `host`, `host:port`, an IP or a CIDR such as 10.1.0.0/16. */
export class OutboundAllowList {
  private readonly hosts = new Set<string>();
  private readonly nets = new BlockList();

  constructor(setting: string) {
    for (const entry of setting
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean)) {
      const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
      if (cidr && isIP(cidr[1])) this.nets.addSubnet(cidr[1], Number(cidr[2]), isIP(cidr[1]) === 4 ? 'ipv4' : 'ipv6');
      else this.hosts.add(entry.replace(/^\[|\]$/g, ''));
    }
  }

  allows(host: string, port: number, address?: string): boolean {
    const name = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (this.hosts.has(name) || this.hosts.has(`${name}:${port}`)) return true;
    if (address && (this.hosts.has(address) || this.hosts.has(`${address}:${port}`))) return true;
    const ip = address ?? name;
    const family = isIP(ip);
    return family ? this.nets.check(ip, family === 4 ? 'ipv4' : 'ipv6') : false;
  }
}

export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Where a URL may be fetched: the address to connect to (judged), or OutboundRefused saying why not. Only http and
 * https, on any port; credentials in the URL are refused (they would leak into logs).
 */
export async function checkOutboundUrl(
  raw: string,
  allow: OutboundAllowList,
  resolve: Resolver = systemResolver,
): Promise<{ url: URL; address: string; family: number }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused(`${raw.slice(0, 200)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundRefused(`${url.protocol} URLs are not allowed`);
  if (url.username || url.password) throw new OutboundRefused('credentials in the URL are not allowed (use auth)');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const literal = isIP(host);
  const addresses = literal
    ? [{ address: host, family: literal }]
    : await resolve(host).catch((err: Error) => {
        throw new OutboundRefused(`${host} does not resolve (${err.message})`);
      });
  if (!addresses.length) throw new OutboundRefused(`${host} does not resolve`);
  for (const { address } of addresses) {
    if (allow.allows(host, port, address)) continue;
    const problem = addressProblem(address);
    if (problem) throw new OutboundRefused(`${host}${literal ? '' : ` (${address})`} ${problem}: refused`);
  }
  return { url, address: addresses[0].address, family: addresses[0].family };
}
