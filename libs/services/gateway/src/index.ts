export { gatewayDefinition } from './gateway.definition.js';
export { GatewayEnv } from './gateway.env.js';
export { GatewayModule, GATEWAY_CONTROLLERS } from './gateway.module.js';
export { printBootstrapAdmins, startGateway, type GatewayStartOptions, type RunningGateway } from './start-gateway.js';
export { GatewayAccountsAudit1764300000000, SECTIONS } from './database/migrations/1764300000000-gateway-accounts-audit.js';
export { Authenticated, Permission, Public } from './http/access.decorators.js';
export { createUserForTest, signIn, signInFull, totpCode, type TestUser, type TestUserSpec, type PostingAgent } from './testing.js';
export { IdempotencyInProgressError, IdempotencyService } from './modules/idempotency/idempotency.service.js';
export { toProblem } from './http/problem.js';
