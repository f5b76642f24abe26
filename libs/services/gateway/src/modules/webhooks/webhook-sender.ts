import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { WebhookAddressGuard, WebhookAddressRefused } from './webhook-address-guard.js';
import { signWebhook, WebhookHeaders } from './webhook-signature.js';

export interface WebhookAttempt {
  url: string;
  secret: string;
  eventId: string;
  subject: string;
  body: string;
  timeoutMs: number;
}

export interface WebhookOutcome {
  ok: boolean;
  /** The receiver's HTTP status, when it answered. */
  status: number | null;
  /** Why the attempt failed (Chinese), null on success. */
  error: string | null;
  durationMs: number;
}

const RESPONSE_READ_LIMIT = 1024;

/**
 * One attempt to deliver one event: a signed JSON POST, within `timeoutMs` for the whole exchange. Success is a 2xx
 * answer; a redirect is a failure (never followed: it could lead anywhere), as are other statuses, a timeout and a
 * refused address. The receiver's body is read only up to 1 KiB (for the error shown to the administrator).
 */
export async function sendWebhook(attempt: WebhookAttempt, guard: WebhookAddressGuard, now = Date.now()): Promise<WebhookOutcome> {
  const started = Date.now();
  const done = (ok: boolean, status: number | null, error: string | null): WebhookOutcome => ({ ok, status, error, durationMs: Date.now() - started });
  let url: URL;
  try {
    url = guard.parse(attempt.url);
  } catch (error) {
    return done(false, null, (error as Error).message);
  }
  const timestamp = String(Math.floor(now / 1000));
  const signature = signWebhook(attempt.secret, timestamp, attempt.body);
  const payload = Buffer.from(attempt.body, 'utf8');
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: WebhookOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = send(
      url,
      {
        method: 'POST',
        // A literal IP was checked by parse(); a name is checked on every address it resolves to, at connection time.
        ...(isIP(url.hostname.replace(/^\[|\]$/g, '')) ? {} : { lookup: guard.lookup }),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(payload.length),
          'user-agent': 'gov-office-platform-webhooks/1',
          [WebhookHeaders.eventId]: attempt.eventId,
          [WebhookHeaders.subject]: attempt.subject,
          [WebhookHeaders.timestamp]: timestamp,
          [WebhookHeaders.signature]: signature.sha256,
          [WebhookHeaders.signatureSm3]: signature.sm3,
        },
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          if (length < RESPONSE_READ_LIMIT) chunks.push(chunk);
          length += chunk.length;
        });
        res.on('error', () => undefined);
        res.on('end', () => {
          if (status >= 200 && status < 300) return finish(done(true, status, null));
          const text = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_READ_LIMIT).replace(/\s+/g, ' ').trim();
          const reason = status >= 300 && status < 400 ? `接收方返回重定向 ${status}（不跟随重定向）` : `接收方返回 HTTP ${status}`;
          finish(done(false, status, text ? `${reason}：${text.slice(0, 300)}` : reason));
        });
      },
    );
    const timer = setTimeout(() => {
      finish(done(false, null, `超过 ${attempt.timeoutMs} 毫秒未响应`));
      req.destroy();
    }, attempt.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      const message = error instanceof WebhookAddressRefused ? error.message : `无法连接接收方：${error.code ?? error.message}`;
      finish(done(false, null, message));
    });
    req.end(payload);
  });
}
