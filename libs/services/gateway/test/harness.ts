import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { startGateway, type RunningGateway } from '../src/index.js';

export interface GatewayHarness {
  environment: TestEnvironment;
  gateway: RunningGateway;
  http: ReturnType<typeof request>;
  stop(): Promise<void>;
}

/** The gateway alone, on its own cloned database and bus namespace; sign-in limits raised unless a test sets them. */
export async function startGatewayForTest(overrides: Record<string, string> = {}): Promise<GatewayHarness> {
  const environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000', RPC_TIMEOUT_MS: '1500', ...overrides });
  const gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
  return {
    environment,
    gateway,
    http: request(gateway.app.getHttpServer()),
    stop: async () => {
      await gateway.stop();
      await environment.dispose();
    },
  };
}
