import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { abandonableCallsClient, caseDataConverter, commandSigningKey, type CaseKeyStore, type ClosableClient } from '@entente/platform';
import { AccessModule, CASE_KEYS } from '../access/access.module';
import { ApiConfig } from '../config/api.config';
import { CaseCommands } from './case-commands';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import { CommandSigner } from './command-signer';
import { IdempotencyKeys } from './idempotency-keys';

/** The API's Temporal client, with what closes it. */
const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

/** Closes the gRPC connection on shutdown so SIGTERM does not wait on an open channel. */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly temporal: ClosableClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.close();
  }
}

@Module({
  imports: [AccessModule],
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [ApiConfig, CASE_KEYS],
      // Its commands are abandoned past COMMAND_TIMEOUT_MS; it starts while Temporal is down.
      useFactory: (config: ApiConfig, keys: CaseKeyStore) => abandonableCallsClient(config, caseDataConverter(keys)),
    },
    { provide: Client, inject: [TEMPORAL_CONNECTION], useFactory: ({ client }: ClosableClient) => client },
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
