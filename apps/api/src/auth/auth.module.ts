import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiConfig } from '../config/api.config';
import { CommandPermissionGuard } from './command-permission.guard';
import { JwtAuthGuard } from './jwt-auth.guard';
import { PersonThrottlerGuard } from './person-throttler.guard';
import { TokenVerifier } from './token-verifier';

/** Guards run in the order registered: who you are (401), how often you ask (429), then what your role may send (403). */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({
        throttlers: [{ ttl: config.rateLimitWindowSeconds * 1000, limit: config.rateLimitRequests }],
        errorMessage: `more than ${config.rateLimitRequests} requests in ${config.rateLimitWindowSeconds} s: wait as Retry-After says`,
      }),
    }),
  ],
  providers: [
    TokenVerifier,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: PersonThrottlerGuard },
    { provide: APP_GUARD, useClass: CommandPermissionGuard },
  ],
})
export class AuthModule {}
