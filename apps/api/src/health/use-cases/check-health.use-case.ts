import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';

export type CheckStatus = 'up' | 'down';
export interface HealthReport {
  readonly status: 'ok';
  readonly checks: { readonly database: CheckStatus; readonly temporal: CheckStatus };
}

/** A probe must answer quickly even when an engine hangs rather than refuses. */
const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class CheckHealthUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  async execute(): Promise<HealthReport> {
    const [database, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporal.connection.workflowService.getSystemInfo({})),
    ]);
    const checks = { database, temporal };
    if (database === 'up' && temporal === 'up') return { status: 'ok', checks };
    const failing = Object.entries(checks)
      .filter(([, status]) => status === 'down')
      .map(([name]) => name);
    // A problem's `status` is the HTTP status: the report travels as the `checks` extension.
    throw new ServiceUnavailableException({ message: `${failing.join(' and ')} down`, checks });
  }
}

async function probe(check: () => Promise<unknown>): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
