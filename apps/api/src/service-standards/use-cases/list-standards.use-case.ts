import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceStandard } from '@entente/domain';
import { declarationOfServices } from '@entente/persistence';

/** Every version of every standard, built-in and published, oldest first. */
@Injectable()
export class ListStandardsUseCase {
  constructor(private readonly database: DataSource) {}

  async execute(): Promise<ServiceStandard[]> {
    const standards = await declarationOfServices(this.database.manager);
    return standards.sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
  }
}
