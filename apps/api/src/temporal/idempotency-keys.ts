import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '@entente/persistence';
import { IDEMPOTENCY_HEADER } from '../http/command-context.decorator';

/** The same Idempotency-Key sent with another request: 422, naming the header. */
export class IdempotencyKeyReused extends Error {
  readonly field = IDEMPOTENCY_HEADER;

  constructor() {
    super(`${IDEMPOTENCY_HEADER} was already used for another request; send a new key for a new request`);
    this.name = 'IdempotencyKeyReused';
  }
}

/**
 * Binds each key to the first request sent under it. Temporal answers a repeated update id with
 * the first outcome whatever the arguments, so without this a client reusing a key for another
 * command would be told it succeeded.
 */
@Injectable()
export class IdempotencyKeys {
  constructor(private readonly database: DataSource) {}

  /** Records the key's request the first time; refuses another request under it afterwards. */
  async bind(keyDigest: string, requestDigest: string): Promise<void> {
    if ((await this.boundTo(keyDigest, requestDigest)) !== requestDigest) throw new IdempotencyKeyReused();
  }

  /**
   * As `bind`, for a request whose workflow is named when it is first sent (a record after a
   * closed case's head, which a retry may no longer read as the head): answers the workflow the
   * key's first request started.
   */
  async bindToWorkflow(keyDigest: string, requestDigest: string, workflowId: string): Promise<string> {
    const [request, firstWorkflowId] = (await this.boundTo(keyDigest, `${requestDigest} ${workflowId}`)).split(' ');
    if (request !== requestDigest || firstWorkflowId === undefined) throw new IdempotencyKeyReused();
    return firstWorkflowId;
  }

  private async boundTo(keyDigest: string, requestDigest: string): Promise<string> {
    const table = this.database.getRepository(IdempotencyKeyEntity);
    // Only the two columns the API may write (the migration's grant); nothing read back.
    const insert = table.createQueryBuilder().insert().into(IdempotencyKeyEntity, ['keyDigest', 'requestDigest']);
    await insert.values({ keyDigest, requestDigest }).orIgnore().updateEntity(false).execute();
    return (await table.findOneByOrFail({ keyDigest })).requestDigest;
  }
}
