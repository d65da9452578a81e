import { Injectable, type INestApplication, type OnModuleDestroy, type Provider, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { TEAMS, type Role, type Team } from '@entente/domain';
import type { IdentityKeys, IdentityServer } from '@entente/identity';
import { ConfigurationModule, DEFAULT_AUDIENCE, DevelopmentTokens, jsonLogger, NestLogger, type Env, type Logger } from '@entente/platform';
import { AccessJournal } from '../access-journal/access-journal.service';
import { AuthModule } from '../auth/auth.module';
import { ApiConfig } from '../config/api.config';
import { configureHttp } from '../http/configure-http';

/** The spec's own provider: a real oidc-provider in this process, on a free port, with keys of its own. */
export interface SpecIdentity {
  readonly server: IdentityServer;
  readonly keys: IdentityKeys;
  readonly tokens: DevelopmentTokens;
}

let identity: SpecIdentity | undefined;

/** Loaded here, not imported: oidc-provider's notices about development use (known, deliberate) stay out of the specs' output. */
async function startSpecIdentity(): Promise<SpecIdentity> {
  const notices = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const { generateIdentityKeys, startIdentityServer } = await import('@entente/identity');
    const keys = generateIdentityKeys();
    const options = { host: '127.0.0.1', port: 0, audience: DEFAULT_AUDIENCE, keys, developmentGrant: true, consoleRedirectUris: [] };
    const server = await startIdentityServer(options);
    return { server, keys, tokens: new DevelopmentTokens(server.issuer) };
  } finally {
    notices.mockRestore();
  }
}

/** The provider of the running controllerTestApp: its issuer and keys, to forge what the API must refuse. */
export function specIdentity(): SpecIdentity {
  if (!identity) throw new Error('start controllerTestApp first: it starts the provider');
  return identity;
}

/** An access token from the spec's provider for an actor of this role, working in every team unless told which (asked once per person). */
export function tokenFor(role: Role, sub = `${role}-1`, teams: readonly Team[] = TEAMS): Promise<string> {
  return specIdentity().tokens.token({ sub, role, teams });
}

/** Stops the spec's provider with the app. */
@Injectable()
class SpecIdentityShutdown implements OnModuleDestroy {
  async onModuleDestroy(): Promise<void> {
    await identity?.server.close();
    identity = undefined;
  }
}

/** A fake use case: `execute` is a jest mock the spec programs and inspects. */
export function fakeUseCase<T>(useCase: Type<T>, answer: unknown = {}) {
  const execute = jest.fn().mockResolvedValue(answer);
  return { provider: { provide: useCase, useValue: { execute } } satisfies Provider, execute };
}

/** A case type's use cases, faked: each method named is a jest mock answering `answer`. */
export function fakeUseCases<T, M extends keyof T & string>(useCases: Type<T>, methods: readonly M[], answer: unknown = {}) {
  const mocks = Object.fromEntries(methods.map((method) => [method, jest.fn().mockResolvedValue(answer)])) as Record<M, jest.Mock>;
  return { provider: { provide: useCases, useValue: mocks } satisfies Provider, ...mocks };
}

/**
 * One controller behind the real guards, pipe, filter and middleware, its use cases replaced by
 * fakes through their class tokens, and a real provider issuing its tokens: what a controller
 * spec exercises is auth and validation. `log` receives the app's log lines (quiet by default).
 */
export async function controllerTestApp(controller: Type, providers: Provider[], log?: Logger, env: Env = {}): Promise<INestApplication> {
  identity ??= await startSpecIdentity();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigurationModule.forRoot(ApiConfig, {
        ...process.env,
        OIDC_ISSUER: identity.server.issuer,
        OIDC_AUDIENCE: DEFAULT_AUDIENCE,
        ...env,
      }),
      AuthModule,
    ],
    controllers: [controller],
    // Journaled reads record nothing in a controller spec unless the spec provides its own journal.
    providers: [
      { provide: AccessJournal, useValue: { record: jest.fn(), caseTypeOf: jest.fn().mockResolvedValue('email-request') } },
      ...providers,
      SpecIdentityShutdown,
    ],
  }).compile();
  const quiet = jsonLogger('api-spec', () => undefined);
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: log ? new NestLogger(log) : false });
  configureHttp(app, log ?? quiet);
  return app.init();
}
