import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { LEGAL_HOLD_KINDS, type LegalHoldKind } from '@entente/domain';
import { CaseIdParams } from '../../http/case-id.params';
import { OfficerReason } from './officer-reason.decorator';

export class PlaceLegalHoldDto {
  @ApiProperty({
    enum: LEGAL_HOLD_KINDS,
    description: 'An access or correction request being answered, or a review by the Commission d’accès à l’information.',
  })
  @IsIn(LEGAL_HOLD_KINDS, { message: `kind must be one of ${LEGAL_HOLD_KINDS.join(', ')}` })
  kind!: LegalHoldKind;

  @OfficerReason('Access request 2027-014 received on 2027-03-02')
  reason!: string;
}

export class LiftLegalHoldDto {
  @OfficerReason('Access request 2027-014 answered on 2027-03-20')
  reason!: string;
}

export class LegalHoldParams extends CaseIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'holdId must be a UUID' })
  holdId!: string;
}

export class LegalHoldDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: LEGAL_HOLD_KINDS })
  kind!: LegalHoldKind;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  placedBy!: string;

  @ApiProperty({ format: 'date-time' })
  placedAt!: string;

  @ApiProperty({ nullable: true, type: Object, description: 'Who lifted the hold, when and why; null while it stands.' })
  lifted!: { by: string; at: string; reason: string } | null;
}
