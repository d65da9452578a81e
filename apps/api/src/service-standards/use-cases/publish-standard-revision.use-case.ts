import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { Actor, CommandRefused, localDateOf, reviseStandard, STANDARDS_TIME_ZONE, type ServiceStandard } from '@entente/domain';
import { declarationOfServices, ServiceStandardVersionEntity } from '@entente/persistence';
import type { StandardRevisionDto } from '../dto/standard-revision.dto';

const UNIQUE_VIOLATION = '23505';

/** Publishes the next version of a standard; open cases keep the version their clock started with. */
@Injectable()
export class PublishStandardRevisionUseCase {
  constructor(private readonly database: DataSource) {}

  async execute(standardId: string, revision: StandardRevisionDto, actor: Actor, now = new Date()): Promise<ServiceStandard> {
    const today = localDateOf(now.toISOString(), STANDARDS_TIME_ZONE);
    try {
      return await this.database.transaction(async (manager) => {
        const next = reviseStandard(await declarationOfServices(manager), standardId, revision, today);
        await manager.insert(ServiceStandardVersionEntity, {
          standardId: next.id,
          version: next.version,
          effectiveFrom: next.effectiveFrom,
          definition: next,
          publishedAt: now,
          publishedBy: actor.id,
        });
        return next;
      });
    } catch (error) {
      // Two administrators published the same version at once: the primary key kept the first.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new CommandRefused(`another revision of ${standardId} was published at the same time; reload and try again`);
      }
      throw error;
    }
  }
}
