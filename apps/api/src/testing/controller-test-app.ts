import type { INestApplication, Provider, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Role } from '@entente/domain';
import { ConfigurationModule, jsonLogger } from '@entente/platform';
import { AccessJournal } from '../access-journal/access-journal.service';
import { signActorToken } from '../auth/actor-token';
import { AuthModule } from '../auth/auth.module';
import { ApiConfig } from '../config/api.config';
import { configureHttp } from '../http/configure-http';

/** Unit specs sign with their own secret, so a token minted for development is refused here. */
export const TEST_TOKEN_SETTINGS = { jwtSecret: 'unit-test-secret', jwtIssuer: 'entente' };

export function tokenFor(role: Role, sub = `${role}-1`): string {
  return signActorToken(TEST_TOKEN_SETTINGS, { sub, role });
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
 * fakes through their class tokens: what a controller spec exercises is auth and validation.
 */
export async function controllerTestApp(controller: Type, providers: Provider[]): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigurationModule.forRoot(ApiConfig, {
        ...process.env,
        JWT_SECRET: TEST_TOKEN_SETTINGS.jwtSecret,
        JWT_ISSUER: TEST_TOKEN_SETTINGS.jwtIssuer,
      }),
      AuthModule,
    ],
    controllers: [controller],
    // Journaled reads record nothing in a controller spec unless the spec provides its own journal.
    providers: [{ provide: AccessJournal, useValue: { record: jest.fn() } }, ...providers],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  configureHttp(
    app,
    jsonLogger('api-spec', () => undefined),
  );
  return app.init();
}
