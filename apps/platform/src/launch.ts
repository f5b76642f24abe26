import { startService, type Bus, type RunningApp } from '@gov/platform';
import { startGateway } from '@gov/service-gateway';
import type { Logger } from 'pino';
import { SERVICE_DEFINITIONS } from './apps.js';

export interface LaunchOptions {
  env: Record<string, string | undefined>;
  /** One bus shared by all apps (the embedded mode); otherwise each app connects to NATS itself. */
  bus?: Bus;
  logger?: Logger;
  port?: number;
  host?: string;
  /** Start each service's ops port; the gateway's HTTP port serves the platform's health either way. */
  opsServers?: boolean;
}

export type RunningGateway = Awaited<ReturnType<typeof startGateway>>;

export interface RunningPlatform {
  gateway: RunningGateway;
  services: RunningApp[];
  stop(): Promise<void>;
}

/** Starts the nine services and the gateway in this process. */
export async function launchPlatform(options: LaunchOptions): Promise<RunningPlatform> {
  const services: RunningApp[] = [];
  try {
    // Services start concurrently: each migrates its own schema under its own advisory lock.
    services.push(
      ...(await Promise.all(
        SERVICE_DEFINITIONS.map((def) => startService(def, { env: options.env, bus: options.bus, opsServer: options.opsServers ?? false })),
      )),
    );
    const gateway = await startGateway({ env: options.env, bus: options.bus, port: options.port, host: options.host, opsServer: options.opsServers ?? false });
    return {
      gateway,
      services,
      stop: async () => {
        await gateway.stop();
        await Promise.all(services.map((s) => s.stop()));
      },
    };
  } catch (error) {
    await Promise.all(services.map((s) => s.stop().catch(() => undefined)));
    throw error;
  }
}
