import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StaffContact } from '@entente/domain';
import { StaffContactEntity, staffContactOf } from '@entente/persistence';
import type { NotificationPreferencesDto, StaffEntryDto } from './staff-contact.dto';

/** The staff directory the notifier reads: kept by administrators, each person's preferences by themselves. */
@Injectable()
export class StaffDirectory {
  constructor(private readonly database: DataSource) {}

  private get rows() {
    return this.database.getRepository(StaffContactEntity);
  }

  async list(): Promise<StaffContact[]> {
    return (await this.rows.find({ order: { name: 'ASC', id: 'ASC' } })).map(staffContactOf);
  }

  async entry(id: string): Promise<StaffContact> {
    const row = await this.rows.findOneBy({ id });
    if (!row) throw new NotFoundException(`no entry for ${id} in the staff directory: an administrator adds it`);
    return staffContactOf(row);
  }

  async keep(id: string, entry: StaffEntryDto): Promise<StaffContact> {
    await this.rows.upsert({ id, ...entry, teams: [...entry.teams] }, ['id']);
    return this.entry(id);
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.rows.delete({ id });
    if (!affected) throw new NotFoundException(`no entry for ${id} in the staff directory`);
  }

  async prefer(id: string, preferences: NotificationPreferencesDto): Promise<StaffContact> {
    await this.entry(id);
    const { language, delivery } = preferences;
    await this.rows.update({ id }, { ...(language && { language }), ...(delivery && { delivery }) });
    return this.entry(id);
  }
}
