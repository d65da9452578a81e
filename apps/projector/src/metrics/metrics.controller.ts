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
    await Promise.all([this.refreshLag(), this.refreshOpenClocks()]);
    return metricsText();
  }

  /** Absent, never stale, while Kafka or the database does not answer (`entente_projector_lag_known` 0). */
  private async refreshLag(): Promise<void> {
    const checkpoints = this.projector.nextOffsets(this.config.topics).catch(() => null);
    const [offsets, stored] = await Promise.all([this.latestOffsets.read(), checkpoints]);
    showLag(offsets && stored && lagOf(offsets, stored));
  }

  /** Absent while the database does not answer; the process metrics still do. */
  private async refreshOpenClocks(): Promise<void> {
    showOpenClocks(await this.openClocks().catch(() => []));
  }

  private openClocks(): Promise<OpenClockCount[]> {
    return this.dataSource
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
  }
}
