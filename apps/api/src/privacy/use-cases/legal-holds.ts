import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { CommandRefused, LIFT_LEGAL_HOLD, PLACE_LEGAL_HOLD, requirePrivacyOfficer, type LegalHoldKind, type Person } from '@entente/domain';
import { LegalHoldEntity } from '@entente/persistence';
import { CaseAccess } from '../../access/case-access';
import type { LegalHoldDto } from '../dto/legal-hold.dto';

/**
 * Legal holds, placed and lifted by the privacy officer of the case's body with a reason each
 * time (docs/adr/0017). A hold is never deleted: lifting it records who, when and why.
 */
@Injectable()
export class LegalHolds {
  constructor(
    @InjectRepository(LegalHoldEntity) private readonly holds: Repository<LegalHoldEntity>,
    private readonly access: CaseAccess,
  ) {}

  /** The kinds of the holds that stand on the case now. */
  async standing(caseId: string): Promise<LegalHoldKind[]> {
    const rows = await this.holds.find({ where: { caseId, liftedAt: IsNull() }, select: { kind: true } });
    return rows.map((row) => row.kind as LegalHoldKind);
  }

  async list(caseId: string, person: Person): Promise<LegalHoldDto[]> {
    await this.access.readable(caseId, person);
    const rows = await this.holds.find({ where: { caseId }, order: { placedAt: 'ASC' } });
    return rows.map(holdDto);
  }

  async place(caseId: string, kind: LegalHoldKind, reason: string, person: Person): Promise<LegalHoldDto> {
    requirePrivacyOfficer(person, PLACE_LEGAL_HOLD);
    await this.access.readable(caseId, person);
    const row = await this.holds.save(this.holds.create({ caseId, kind, reason, placedBy: person.id, placedAt: new Date() }));
    return holdDto(row);
  }

  async lift(caseId: string, holdId: string, reason: string, person: Person): Promise<LegalHoldDto> {
    requirePrivacyOfficer(person, LIFT_LEGAL_HOLD);
    await this.access.readable(caseId, person);
    const lifted = { liftedBy: person.id, liftedReason: reason, liftedAt: new Date() };
    // Only a standing hold is lifted, once: the condition is in the UPDATE, so two lifts cannot both win.
    const { affected } = await this.holds.update({ id: holdId, caseId, liftedAt: IsNull() }, lifted);
    const row = await this.holds.findOneBy({ id: holdId, caseId });
    if (!row) throw new NotFoundException({ message: `hold ${holdId} not found on case ${caseId}`, field: 'holdId' });
    if (!affected) throw new CommandRefused(`hold ${holdId} was lifted already, on ${row.liftedAt?.toISOString()}`);
    return holdDto(row);
  }
}

function holdDto(row: LegalHoldEntity): LegalHoldDto {
  const lifted =
    row.liftedAt && row.liftedBy && row.liftedReason
      ? { by: row.liftedBy, at: row.liftedAt.toISOString(), reason: row.liftedReason }
      : null;
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind as LegalHoldKind,
    reason: row.reason,
    placedBy: row.placedBy,
    placedAt: row.placedAt.toISOString(),
    lifted,
  };
}
