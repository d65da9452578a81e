import { DynamicModule, Module } from '@nestjs/common';
import { ConsoleConfig } from '../config/console.config';
import { OidcClient } from './oidc-client';
import { PendingSignIns } from './pending-sign-ins';
import { SessionStore } from './session-store';
import { SignInController } from './sign-in.controller';

/** Everything about how a person signs in; the proxy and the pages only read the session store. */
@Module({})
export class SignInModule {
  static forRoot(): DynamicModule {
    return {
      module: SignInModule,
      controllers: [SignInController],
      providers: [
        { provide: SessionStore, inject: [ConsoleConfig], useFactory: (config: ConsoleConfig) => new SessionStore(config.sessionSeconds) },
        { provide: PendingSignIns, useValue: new PendingSignIns() },
        {
          provide: OidcClient,
          inject: [ConsoleConfig],
          useFactory: ({ oidcIssuer, oidcClientId, oidcAudience, publicUrl }: ConsoleConfig) =>
            new OidcClient({ issuer: oidcIssuer, clientId: oidcClientId, audience: oidcAudience, publicUrl }),
        },
      ],
      exports: [SessionStore, OidcClient],
    };
  }
}
