import { OutboundAllowList, addressProblem, checkOutboundUrl, embeddedIpv4 } from './outbound-address-guard';

const none = new OutboundAllowList('');
/** A resolver that answers from a table and records what it was asked (no DNS traffic, no connection). */
const table = (answers: Record<string, string[]>) => {
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    const found = answers[host];
    if (!found) throw new Error('ENOTFOUND');
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, asked };
};

describe('the outbound address guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::1', 'loopback'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(addressProblem(address)).toContain(reason);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '172.32.0.1', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(addressProblem(address)).toBeNull();
    },
  );

  it('reads the IPv4 address inside IPv6 forms', () => {
    expect(embeddedIpv4('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(embeddedIpv4('2002:c0a8:0101::1')).toBe('192.168.1.1');
    expect(embeddedIpv4('2606:4700::1111')).toBeNull();
  });

  it('refuses decimal, octal and hex spellings of loopback (as URLs read them), without resolving anything', async () => {
    const { resolve, asked } = table({});
    for (const url of [
      'http://2130706433/',
      'http://0177.0.0.1/',
      'http://0x7f.0.0.1/',
      'http://127.1/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      await expect(checkOutboundUrl(url, none, resolve)).rejects.toThrow(/loopback/);
    }
    expect(asked).toEqual([]);
  });

  it('refuses names that resolve to private addresses (every address is judged)', async () => {
    const { resolve } = table({
      'metadata.example': ['169.254.169.254'],
      'mixed.example': ['93.184.216.34', '10.0.0.5'],
      'public.example': ['93.184.216.34'],
    });
    await expect(checkOutboundUrl('http://metadata.example/latest', none, resolve)).rejects.toThrow(/link-local/);
    await expect(checkOutboundUrl('https://mixed.example/', none, resolve)).rejects.toThrow(/private/);
    await expect(checkOutboundUrl('https://public.example/', none, resolve)).resolves.toMatchObject({
      address: '93.184.216.34',
    });
  });

  it('refuses other schemes and credentials in the URL; an operator can allow a host, port or network', async () => {
    const { resolve } = table({ 'internal.example': ['10.0.0.7'] });
    await expect(checkOutboundUrl('file:///etc/passwd', none, resolve)).rejects.toThrow(/not allowed/);
    await expect(checkOutboundUrl('http://user:pw@public.example/', none, resolve)).rejects.toThrow(/credentials/);
    const allow = new OutboundAllowList('127.0.0.1:8080, internal.example, 192.168.10.0/24');
    await expect(checkOutboundUrl('http://127.0.0.1:8080/', allow, resolve)).resolves.toBeDefined();
    await expect(checkOutboundUrl('http://127.0.0.1:8081/', allow, resolve)).rejects.toThrow(/loopback/);
    await expect(checkOutboundUrl('http://internal.example/', allow, resolve)).resolves.toBeDefined();
    await expect(checkOutboundUrl('http://192.168.10.20/', allow, resolve)).resolves.toBeDefined();
    await expect(checkOutboundUrl('http://192.168.11.20/', allow, resolve)).rejects.toThrow(/private/);
  });
});
