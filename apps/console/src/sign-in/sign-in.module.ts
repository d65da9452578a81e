import { DynamicModule, Module } from '@nestjs/common';
import type { Env } from '@entente/platform';
import { ConsoleConfig } from '../config/console.config';
import { DevelopmentSignIn } from './development-sign-in';
import { SessionStore } from './session-store';
import { SignInController } from './sign-in.controller';

/** Everything about how a person signs in; the proxy and the pages only read the session store. */
@Module({})
export class SignInModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: SignInModule,
      controllers: [SignInController],
      providers: [
        { provide: SessionStore, inject: [ConsoleConfig], useFactory: (config: ConsoleConfig) => new SessionStore(config.sessionSeconds) },
        { provide: DevelopmentSignIn, useFactory: () => new DevelopmentSignIn(env) },
      ],
      exports: [SessionStore],
    };
  }
}
