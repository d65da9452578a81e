import { DynamicModule, Module } from '@nestjs/common';
import { connectionUrlOf } from '@entente/platform';
import { ConsoleConfig } from '../config/console.config';
import { OidcClient } from './oidc-client';
import { PendingSignIns } from './pending-sign-ins';
import { sessionKeyOf } from './session-key';
import { SessionRows } from './session-rows';
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
        {
          provide: SessionRows,
          inject: [ConsoleConfig],
          useFactory: (config: ConsoleConfig) => SessionRows.connect(connectionUrlOf(config), config.databaseSchema),
        },
        {
          provide: SessionStore,
          inject: [ConsoleConfig, SessionRows],
          useFactory: (config: ConsoleConfig, rows: SessionRows) => new SessionStore(rows, sessionKeyOf(config), config.sessionSeconds),
        },
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
