// The secrets an installation generates for itself (never constants in the repo):
//   FIELD_ENCRYPTION_KEY  SM4 + HMAC-SM3 key of personal fields at rest (duty-and-meetings, gateway)
//   CALLER_SIGNING_KEY    Ed25519 private key: the gateway signs each call's caller assertion (gateway only)
//   CALLER_VERIFY_KEY     its public half: every app verifies (not secret)
//   EVENT_SIGNING_KEY_<APP>  each app's Ed25519 key that signs its events (that app only, as EVENT_SIGNING_KEY)
//   EVENT_VERIFY_KEYS     every app's public event key, app=key,… (every app)
// `npm run keys` prints a fresh set as KEY=value lines (for a .env file or `kubectl create secret --from-env-file`).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { APPS } from './apps.mjs';

function ed25519() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return [privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'), publicKey.export({ format: 'der', type: 'spki' }).toString('base64')];
}

export function generateSecrets() {
  const [callerPrivate, callerPublic] = ed25519();
  const events = {};
  const verify = [];
  for (const app of ['gateway', ...APPS.filter((a) => a !== 'gateway')]) {
    const [eventPrivate, eventPublic] = ed25519();
    events[`EVENT_SIGNING_KEY_${app.replace(/-/g, '_').toUpperCase()}`] = eventPrivate;
    verify.push(`${app}=${eventPublic}`);
  }
  return {
    FIELD_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    CALLER_SIGNING_KEY: callerPrivate,
    CALLER_VERIFY_KEY: callerPublic,
    ...events,
    EVENT_VERIFY_KEYS: verify.join(','),
  };
}

/** The secrets kept in `file` (mode 600), with any that an older release did not generate added. */
export function ensureSecrets(file) {
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const fresh = generateSecrets();
  const secrets = { FIELD_ENCRYPTION_KEY: kept.FIELD_ENCRYPTION_KEY ?? fresh.FIELD_ENCRYPTION_KEY, ...kept };
  if (!kept.CALLER_SIGNING_KEY || !kept.CALLER_VERIFY_KEY) Object.assign(secrets, { CALLER_SIGNING_KEY: fresh.CALLER_SIGNING_KEY, CALLER_VERIFY_KEY: fresh.CALLER_VERIFY_KEY });
  if (!kept.EVENT_VERIFY_KEYS) for (const [key, value] of Object.entries(fresh)) if (key.startsWith('EVENT_')) secrets[key] = value;
  if (JSON.stringify(secrets) !== JSON.stringify(kept)) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [key, value] of Object.entries(generateSecrets())) process.stdout.write(`${key}=${value}\n`);
}
