import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { APPS } from './apps.mjs';
import { BEGIN_MARKER, DEPLOYED_APPS, END_MARKER, NATS_CONF, POSTGRES_ROLES, envSuffix, generatedFiles, postgresRolesSql, withAuthorization } from './nats-config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('the generated parts of the deployment files', () => {
  it('are committed exactly as tools/nats-config.ts generates them (run it after changing the apps or their grants)', () => {
    const generated = generatedFiles(root);
    expect(Object.keys(generated).sort()).toEqual([NATS_CONF, POSTGRES_ROLES].sort());
    expect(committed(NATS_CONF)).toBe(generated[NATS_CONF]);
    expect(committed(POSTGRES_ROLES)).toBe(generated[POSTGRES_ROLES]);
  });

  it('covers the apps of the workspace', () => {
    expect([...DEPLOYED_APPS].sort()).toEqual([...APPS].sort());
  });

  it('gives every app its own NATS user whose password is a variable of the server environment', () => {
    const conf = committed(NATS_CONF);
    const block = conf.slice(conf.indexOf(BEGIN_MARKER), conf.indexOf(END_MARKER));
    for (const app of DEPLOYED_APPS) expect(block).toContain(`{ user: "${app}", password: $NATS_PASSWORD_${envSuffix(app)}, permissions: `);
    expect(block).not.toMatch(/password:\s*"/);
    // Only the gateway may send requests.
    expect(block.match(/"rpc\.>"/g)).toHaveLength(1);
  });

  it('replaces only the block between the markers, the same every time, and refuses a file without them', () => {
    const conf = `port: 4222\n${BEGIN_MARKER}\nauthorization { users: [] }\n${END_MARKER}\njetstream { sync_interval: always }\n`;
    const once = withAuthorization(conf);
    expect(once.startsWith(`port: 4222\n${BEGIN_MARKER}\nauthorization {\n  users: [\n`)).toBe(true);
    expect(once.endsWith(`  ]\n}\n${END_MARKER}\njetstream { sync_interval: always }\n`)).toBe(true);
    expect(withAuthorization(once)).toBe(once);
    expect(() => withAuthorization('port: 4222\n')).toThrow(/marker lines/);
  });

  it('bootstraps every app role and schema in PostgreSQL with the password from the environment, never from the file', () => {
    const sql = postgresRolesSql();
    for (const app of DEPLOYED_APPS) {
      const schema = app.replace(/-/g, '_');
      expect(sql).toContain(`\\getenv password POSTGRES_PASSWORD_${envSuffix(app)}\n`);
      expect(sql).toContain(`ALTER ROLE gov_${schema} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'password';\n`);
      expect(sql).toContain(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION gov_${schema};\nALTER SCHEMA ${schema} OWNER TO gov_${schema};\nREVOKE ALL ON SCHEMA ${schema} FROM PUBLIC;\n`);
    }
    expect(sql).not.toMatch(/password\s+'[^']/i);
    // A missing or short password stops the run before its role is touched.
    expect(sql.indexOf("RAISE EXCEPTION 'POSTGRES_PASSWORD_GATEWAY is not set")).toBeLessThan(sql.indexOf('ALTER ROLE gov_gateway'));
  });
});
