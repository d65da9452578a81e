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

/** What every attempt under a key sends as the first one did. */
export interface FirstAttempt {
  /** The instant the key was first sent: a time the command leaves out (a receipt's, say). */
  readonly at: string;
  readonly correlationId: string;
}

/**
 * Binds each key to the first request sent under it. Temporal answers a repeated update id with
 * the first outcome whatever the arguments, so without this a client reusing a key for another
 * command would be told it succeeded.
 */
@Injectable()
export class IdempotencyKeys {
  constructor(private readonly database: DataSource) {}

  /**
   * Records the key's request and this attempt the first time; refuses another request under it
   * afterwards. Answers the first attempt, whose instant and correlation id a retry sends again:
   * Temporal keeps one update per id, and a worker that began the first attempt's must decide
   * what the history records (docs/adr/0034).
   */
  async bind(keyDigest: string, requestDigest: string, attempt: FirstAttempt): Promise<FirstAttempt> {
    const first = await this.boundTo(keyDigest, requestDigest, attempt);
    if (first.requestDigest !== requestDigest) throw new IdempotencyKeyReused();
    return { at: first.firstUsedAt.toISOString(), correlationId: first.correlationId ?? attempt.correlationId };
  }

  /**
   * As `bind`, for a request whose workflow is named when it is first sent (a record after a
   * closed case's head, which a retry may no longer read as the head): answers the workflow the
   * key's first request started.
   */
  async bindToWorkflow(keyDigest: string, requestDigest: string, workflowId: string): Promise<string> {
    const [request, firstWorkflowId] = (await this.boundTo(keyDigest, `${requestDigest} ${workflowId}`)).requestDigest.split(' ');
    if (request !== requestDigest || firstWorkflowId === undefined) throw new IdempotencyKeyReused();
    return firstWorkflowId;
  }

  private async boundTo(keyDigest: string, requestDigest: string, attempt?: FirstAttempt): Promise<IdempotencyKeyEntity> {
    const table = this.database.getRepository(IdempotencyKeyEntity);
    // Only the columns the API may write (the migrations' grants); nothing read back.
    const columns = ['keyDigest', 'requestDigest', ...(attempt ? ['firstUsedAt', 'correlationId'] : [])];
    const values = {
      keyDigest,
      requestDigest,
      ...(attempt && { firstUsedAt: new Date(attempt.at), correlationId: attempt.correlationId }),
    };
    await table.createQueryBuilder().insert().into(IdempotencyKeyEntity, columns).values(values).orIgnore().updateEntity(false).execute();
    return table.findOneByOrFail({ keyDigest });
  }
}
