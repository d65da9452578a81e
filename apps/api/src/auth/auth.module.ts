import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CommandPermissionGuard } from './command-permission.guard';
import { JwtAuthGuard } from './jwt-auth.guard';
import { TokenVerifier } from './token-verifier';

/** Guards run in the order registered: who you are (401), then what your role may send (403). */
@Module({
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: JwtAuthGuard }, { provide: APP_GUARD, useClass: CommandPermissionGuard }],
})
export class AuthModule {}
