import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { Env } from './env';
import type { ConfigClass } from './load-config';

/**
 * Under one key: @nestjs/config copies a flat result's strings and numbers back into
 * process.env, which would leak `port` and the like there.
 */
interface Validated<C> {
  readonly config: C;
}

/** A Nest app's configuration, validated once at boot by @nestjs/config and provided by its class. */
@Module({})
export class ConfigurationModule {
  /** `env` is explicit (not read from process.env here) so that tests run apps side by side. */
  static forRoot<C extends object>(Config: ConfigClass<C>, env: Env): DynamicModule {
    return {
      module: ConfigurationModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, skipProcessEnv: true, validate: (): Validated<C> => ({ config: new Config(env) }) }),
      ],
      providers: [
        {
          provide: Config,
          inject: [ConfigService],
          useFactory: (config: ConfigService<Validated<C>, true>): C => config.getOrThrow<C>('config'),
        },
      ],
      exports: [Config],
    };
  }
}
