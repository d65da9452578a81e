import { DynamicModule, Module } from '@nestjs/common';
import { ConsoleConfig } from '../config/console.config';
import { DevelopmentSignIn } from './development-sign-in';
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
        {
          provide: DevelopmentSignIn,
          inject: [ConsoleConfig],
          useFactory: (config: ConsoleConfig) => new DevelopmentSignIn(config.oidcIssuer, config.oidcAudience),
        },
      ],
      exports: [SessionStore],
    };
  }
}
