import type { EntityManager } from 'typeorm';
import { SERVICE_STANDARDS, type ServiceStandard } from '@entente/domain';
import { ServiceStandardVersionEntity } from './service-standard-version.entity';

/** The declaration of services as it stands: the built-in versions and every published revision. */
export async function declarationOfServices(manager: EntityManager): Promise<ServiceStandard[]> {
  const published = await manager.find(ServiceStandardVersionEntity, { order: { standardId: 'ASC', version: 'ASC' } });
  return [...SERVICE_STANDARDS, ...published.map((row) => row.definition as ServiceStandard)];
}
