import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { Env } from '@entente/platform';
import { ApiConfig } from './api.config';

/**
 * `validate` returns `{ api: ApiConfig }` rather than flat keys: @nestjs/config copies flat
 * string and number results back into process.env, which would leak `port` and the like there.
 */
interface ValidatedEnv {
  readonly api: ApiConfig;
}

@Global()
@Module({})
export class ApiConfigModule {
  /** `overrides` win over process.env: tests point one in-process API at their own schema and queue. */
  static forRoot(overrides: Env = {}): DynamicModule {
    return {
      module: ApiConfigModule,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          validate: (env): ValidatedEnv => ({ api: new ApiConfig({ ...env, ...overrides }) }),
        }),
      ],
      providers: [
        {
          provide: ApiConfig,
          inject: [ConfigService],
          useFactory: (config: ConfigService<ValidatedEnv, true>) => config.get('api', { infer: true }),
        },
      ],
      exports: [ApiConfig],
    };
  }
}
