/**
 * Runs the sample consumer until Ctrl-C:
 *
 *   MIRROR_NATS_URL=nats://127.0.0.1:4222 MIRROR_NATS_PASSWORD=… MIRROR_DATABASE_URL=postgres://… \
 *     node --import ./tools/register.mjs examples/supervision-mirror/src/main.ts
 *
 * MIRROR_NAME (default supervision-mirror) is its grant's name in deploy/external-consumers.json; MIRROR_SCHEMA
 * (default supervision_mirror) its schema; MIRROR_NATS_CA_FILE the CA of a tls:// server; MIRROR_EVENT_VERIFY_KEYS the
 * producers' public keys (EVENT_VERIFY_KEYS: then only events signed by supervision are applied); BUS_NAMESPACE the
 * platform's, if it has one.
 */
import { SupervisionMirror } from './mirror.js';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`缺少环境变量 ${name}\n`);
    process.exit(2);
  }
  return value;
};

const mirror = await SupervisionMirror.start({
  natsUrl: required('MIRROR_NATS_URL'),
  name: process.env.MIRROR_NAME ?? 'supervision-mirror',
  password: required('MIRROR_NATS_PASSWORD'),
  namespace: process.env.BUS_NAMESPACE,
  databaseUrl: required('MIRROR_DATABASE_URL'),
  schema: process.env.MIRROR_SCHEMA ?? 'supervision_mirror',
  caFile: process.env.MIRROR_NATS_CA_FILE,
  verifyKeys: process.env.MIRROR_EVENT_VERIFY_KEYS,
  log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
});
process.stdout.write('督办事项镜像已启动（Ctrl-C 停止）\n');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void mirror.stop().then(() => process.exit(0));
  });
}
