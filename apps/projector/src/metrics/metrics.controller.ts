import { Controller, Get, Header } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServiceClockEntity } from '@entente/persistence';
import { METRICS_CONTENT_TYPE, metricsText } from '@entente/platform';
import { ProjectorConfig } from '../config/projector.config';
import { lagOf, LatestOffsets } from '../health/partition-lag';
import { ReadModelsProjector } from '../read-models/read-models.projector';
import { showLag, showOpenClocks, type OpenClockCount } from './projector-metrics';

/**
 * `GET /metrics` beside `/health` on PROJECTOR_PORT. The lag and the open clocks are read at each
 * scrape, from the stored checkpoints and the read model, so every instance of the projector
 * reports the same whole figures whichever partitions it holds (take their max, not their sum).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly config: ProjectorConfig,
    private readonly projector: ReadModelsProjector,
    private readonly latestOffsets: LatestOffsets,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Header('Content-Type', METRICS_CONTENT_TYPE)
  async metrics(): Promise<string> {
    // A database that does not answer leaves these two as they were; the process metrics still answer.
    await Promise.all([this.refreshLag(), this.refreshOpenClocks()]).catch(() => undefined);
    return metricsText();
  }

  private async refreshLag(): Promise<void> {
    const [offsets, checkpoints] = await Promise.all([this.latestOffsets.read(), this.projector.nextOffsets(this.config.topics)]);
    showLag(offsets && lagOf(offsets, checkpoints));
  }

  private async refreshOpenClocks(): Promise<void> {
    const rows = await this.dataSource
      .getRepository(ServiceClockEntity)
      .createQueryBuilder('clock')
      .select('clock.standard_id', 'standard')
      .addSelect('clock.case_type', 'caseType')
      .addSelect('clock.state', 'state')
      .addSelect('count(*)::int', 'count')
      .where('clock.stopped_at IS NULL')
      .groupBy('clock.standard_id')
      .addGroupBy('clock.case_type')
      .addGroupBy('clock.state')
      .getRawMany<OpenClockCount>();
    showOpenClocks(rows);
  }
}
