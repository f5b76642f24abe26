import { describe, expect, it } from '@jest/globals';
import { WebhookAddressGuard, WebhookAddressRefused } from './webhook-address-guard.js';

describe('webhook SSRF guard', () => {
  const strict = new WebhookAddressGuard('false');

  it('refuses-loopback-private-link-local-shared-reserved-and-multicast-addresses-by-default', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect({ address, refused: strict.refusal(address) !== null }).toEqual({ address, refused: true });
    }
  });

  it('allows-public-addresses', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2400:3200::1', '::ffff:8.8.8.8']) {
      expect({ address, refusal: strict.refusal(address) }).toEqual({ address, refusal: null });
    }
  });

  it('accepts-only-http-and-https-urls-without-credentials', () => {
    expect(strict.parse('https://receiver.example.com/hook').hostname).toBe('receiver.example.com');
    expect(strict.parse('http://8.8.8.8:8080/hook').port).toBe('8080');
    for (const bad of ['ftp://example.com/x', 'file:///etc/passwd', 'gopher://example.com', 'https://user:pass@example.com/', 'not a url', 'http://127.0.0.1/x', 'http://[::1]/x', 'http://169.254.169.254/latest/meta-data']) {
      expect({ bad, thrown: (() => { try { strict.parse(bad); return null; } catch (error) { return error instanceof WebhookAddressRefused; } })() }).toEqual({ bad, thrown: true });
    }
  });

  it('refuses-a-name-that-resolves-to-a-private-address-at-registration-and-when-connecting', async () => {
    await expect(strict.check('http://localhost:9/x')).rejects.toBeInstanceOf(WebhookAddressRefused);
    const refused = await new Promise<Error | null>((resolve) => strict.lookup('localhost', { family: 0 }, (error) => resolve(error)));
    expect(refused).toBeInstanceOf(WebhookAddressRefused);
  });

  it('lets-the-operator-allow-private-addresses-all-or-by-cidr', async () => {
    const open = new WebhookAddressGuard('true');
    expect(open.refusal('127.0.0.1')).toBeNull();
    await expect(open.check('http://localhost:9/x')).resolves.toBeInstanceOf(URL);
    const some = new WebhookAddressGuard('10.1.0.0/16, 127.0.0.1');
    expect(some.refusal('10.1.2.3')).toBeNull();
    expect(some.refusal('127.0.0.1')).toBeNull();
    expect(some.refusal('10.2.0.1')).not.toBeNull();
    expect(some.refusal('127.0.0.2')).not.toBeNull();
    // Still only http and https, whatever the address policy.
    expect(() => open.parse('ftp://127.0.0.1/')).toThrow(WebhookAddressRefused);
  });

  it('validates-the-policy-setting', () => {
    expect(WebhookAddressGuard.isPolicy('false')).toBe(true);
    expect(WebhookAddressGuard.isPolicy('true')).toBe(true);
    expect(WebhookAddressGuard.isPolicy('10.0.0.0/8,fd00::/8')).toBe(true);
    expect(WebhookAddressGuard.isPolicy('intranet')).toBe(false);
  });
});
