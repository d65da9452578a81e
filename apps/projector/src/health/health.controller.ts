import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ProjectorConfig } from '../config/projector.config';
import { Quarantine } from '../quarantine/quarantine';
import { ReadModelsProjector, SetAsideNotice } from '../read-models/read-models.projector';
import { lagOf, LatestOffsets, PartitionLagRow } from './partition-lag';

/** How many set-aside messages health names; `quarantinedCount` says how many there are. */
const LISTED = 100;

export interface ProjectorHealth {
  /** `degraded` while any message is set aside: the rest is applied, those cases wait. */
  readonly status: 'ok' | 'degraded';
  readonly quarantined: SetAsideNotice[];
  readonly quarantinedCount: number;
  /** Per partition; null when Kafka did not answer in time. */
  readonly lag: PartitionLagRow[] | null;
}

/** For `npm start`, orchestrators and operators: up means the read models' database answers. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly config: ProjectorConfig,
    private readonly quarantine: Quarantine,
    private readonly projector: ReadModelsProjector,
    private readonly latestOffsets: LatestOffsets,
  ) {}

  @Get()
  async check(): Promise<ProjectorHealth> {
    let listed: Awaited<ReturnType<Quarantine['listed']>>;
    let checkpoints: Map<string, string>;
    try {
      [listed, checkpoints] = await Promise.all([this.quarantine.listed(LISTED), this.projector.nextOffsets(this.config.topics)]);
    } catch {
      throw new ServiceUnavailableException('database unavailable');
    }
    const offsets = await this.latestOffsets.read();
    return {
      status: listed.count > 0 ? 'degraded' : 'ok',
      quarantined: listed.messages,
      quarantinedCount: listed.count,
      lag: offsets && lagOf(offsets, checkpoints),
    };
  }
}
