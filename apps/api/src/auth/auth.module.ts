import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApiConfig } from '../config/api.config';
import { JWT_ALGORITHM } from './actor-token';
import { CommandPermissionGuard } from './command-permission.guard';
import { JwtAuthGuard } from './jwt-auth.guard';

/** Guards run in the order registered: who you are (401), then what your role may send (403). */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({
        secret: config.jwtSecret,
        verifyOptions: { algorithms: [JWT_ALGORITHM], issuer: config.jwtIssuer },
      }),
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: CommandPermissionGuard },
  ],
})
export class AuthModule {}
