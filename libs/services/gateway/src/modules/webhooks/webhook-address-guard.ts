import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses a webhook may never reach unless the operator allows them: loopback, private, link-local, shared, reserved, multicast. */
const NON_PUBLIC_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const;
const NON_PUBLIC_V6 = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const;

/** How long registration waits for the host's addresses. */
const LOOKUP_TIMEOUT_MS = 3000;

/** Why a webhook URL or address is refused (Chinese, shown to the administrator and kept as a delivery's error). */
export class WebhookAddressRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookAddressRefused';
  }
}

/**
 * The SSRF guard of webhooks. A URL must be http or https without credentials; every address its host resolves to
 * must be public, unless the operator's policy (`WEBHOOK_ALLOW_PRIVATE_ADDRESSES`) allows private ones: `false`
 * (the default), `true` (any: tests and closed networks), or a comma-separated list of addresses/CIDRs that are allowed
 * although not public (a receiver inside the government network). The check is made when the connection is opened,
 * on the address actually connected to (no DNS rebinding between check and use); redirects are never followed.
 */
export class WebhookAddressGuard {
  private readonly nonPublic = new BlockList();
  private readonly allowed = new BlockList();
  private readonly allowAll: boolean;

  constructor(policy = 'false') {
    for (const [network, prefix] of NON_PUBLIC_V4) this.nonPublic.addSubnet(network, prefix, 'ipv4');
    for (const [network, prefix] of NON_PUBLIC_V6) this.nonPublic.addSubnet(network, prefix, 'ipv6');
    this.allowAll = policy.trim() === 'true';
    if (!this.allowAll && policy.trim() !== 'false' && policy.trim() !== '') {
      for (const entry of policy.split(',').map((e) => e.trim()).filter(Boolean)) {
        const [address, prefix] = entry.split('/');
        const family = isIP(address);
        if (!family) throw new Error(`WEBHOOK_ALLOW_PRIVATE_ADDRESSES: not an address or CIDR: ${entry}`);
        const type = family === 4 ? 'ipv4' : 'ipv6';
        if (prefix === undefined) this.allowed.addAddress(address, type);
        else this.allowed.addSubnet(address, Number(prefix), type);
      }
    }
  }

  /** Whether a policy string is well formed (for the configuration's validation). */
  static isPolicy(value: string): boolean {
    try {
      new WebhookAddressGuard(value);
      return true;
    } catch {
      return false;
    }
  }

  /** Null when `address` (an IP) may be connected to; otherwise why not. */
  refusal(address: string): string | null {
    let ip = address.replace(/^\[|\]$/g, '');
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    if (mapped) ip = mapped[1];
    const family = isIP(ip);
    if (!family) return `「${address}」不是 IP 地址`;
    if (this.allowAll) return null;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (this.allowed.check(ip, type)) return null;
    if (this.nonPublic.check(ip, type)) return `地址 ${ip} 是内网、回环或保留地址，按安全策略不允许推送（如确需推送到内网，请由运维在 WEBHOOK_ALLOW_PRIVATE_ADDRESSES 中放行）`;
    return null;
  }

  /** The URL's form: http/https, a host, no user or password. Throws {@link WebhookAddressRefused}. */
  parse(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new WebhookAddressRefused('推送地址不是有效的 URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookAddressRefused('推送地址只能使用 http 或 https');
    if (url.username || url.password) throw new WebhookAddressRefused('推送地址不能包含用户名或密码');
    if (!url.hostname) throw new WebhookAddressRefused('推送地址缺少主机名');
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal)) {
      const refused = this.refusal(literal);
      if (refused) throw new WebhookAddressRefused(refused);
    }
    return url;
  }

  /** Resolves the host and checks every address it has (at registration: a host that cannot be reached is refused early). */
  async check(raw: string): Promise<URL> {
    const url = this.parse(raw);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) return url;
    const addresses = await new Promise<LookupAddress[]>((resolve, reject) => {
      const unresolved = () => reject(new WebhookAddressRefused(`无法解析主机名「${host}」`));
      const timer = setTimeout(unresolved, LOOKUP_TIMEOUT_MS);
      dnsLookup(host, { all: true }, (error, found) => {
        clearTimeout(timer);
        if (error) unresolved();
        else resolve(found);
      });
    });
    for (const { address } of addresses) {
      const refused = this.refusal(address);
      if (refused) throw new WebhookAddressRefused(refused);
    }
    return url;
  }

  /** The `lookup` of the HTTP request: resolves, and refuses the connection if any address is not allowed. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.map((a) => this.refusal(a.address)).find(Boolean);
      if (refused || !addresses.length) return callback(new WebhookAddressRefused(refused ?? `无法解析主机名「${hostname}」`), '', 0);
      if (options.all) return (callback as unknown as (e: null, list: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
