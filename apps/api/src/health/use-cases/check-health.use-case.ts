import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { downMessage, healthOf, type HealthReport } from '@entente/platform';

@Injectable()
export class CheckHealthUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  async execute(): Promise<HealthReport> {
    const report = await healthOf({
      database: () => this.dataSource.query('SELECT 1'),
      temporal: () => this.temporal.connection.workflowService.getSystemInfo({}),
    });
    if (report.status === 'ok') return report;
    // A problem's `status` is the HTTP status: the report travels as the `checks` extension.
    throw new ServiceUnavailableException({ message: downMessage(report), checks: report.checks });
  }
}
