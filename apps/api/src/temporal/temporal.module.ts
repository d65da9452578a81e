import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { caseDataConverter, commandSigningKey, temporalClient, type CaseKeyStore } from '@entente/platform';
import { AccessModule, CASE_KEYS } from '../access/access.module';
import { ApiConfig } from '../config/api.config';
import { CaseCommands } from './case-commands';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { CommandSigner } from './command-signer';
import { IdempotencyKeys } from './idempotency-keys';

/** Closes the gRPC connection on shutdown so SIGTERM does not wait on an open channel. */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

@Module({
  imports: [AccessModule],
  providers: [
    {
      provide: Client,
      inject: [ApiConfig, CASE_KEYS],
      // Lazy: the API starts, and serves the read models, while Temporal is down.
      useFactory: (config: ApiConfig, keys: CaseKeyStore) => temporalClient(config, caseDataConverter(keys), { lazy: true }),
    },
    TemporalConnectionCloser,
    {
      provide: CommandSigner,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => new CommandSigner(commandSigningKey(config.commandSigningKey, config.production)),
    },
    IdempotencyKeys,
    CaseWorkflowGateway,
    CaseCommands,
  ],
  exports: [Client, CaseWorkflowGateway, CaseCommands],
})
export class TemporalModule {}
