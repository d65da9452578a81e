import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  LOGISTICS_SERVICE_KINDS,
  NOTICE_LANGUAGES,
  PARTICIPANT_KINDS,
  type LogisticsServiceKind,
  type NoticeLanguage,
  type ParticipantKind,
} from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { IsNestedObject } from './dto-rules';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import type { CommandBody } from '../../http/command-body';
import { IsEmailAddress } from '../../http/is-email-address.decorator';

export class ParticipantContactDto {
  @ApiProperty({ example: 'Claire Gagnon', description: 'Personal information: kept confidential.' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'claire.gagnon@ulaval.example' })
  @IsEmailAddress()
  email!: string;

  @ApiPropertyOptional({ example: '418 656-2131' })
  @IsOptional()
  @IsText(50)
  phone?: string;

  @ApiPropertyOptional({
    enum: NOTICE_LANGUAGES,
    description: 'The language the contact corresponds in: their evaluation is written in it. Left out: both, French first.',
  })
  @IsOptional()
  @IsIn(NOTICE_LANGUAGES)
  language?: NoticeLanguage;
}

export class RegisterParticipantDto implements CommandBody<
  'premier-mission',
  'RegisterMissionParticipant',
  'participantId' | 'registeredAt'
> {
  @ApiPropertyOptional({ example: 'ulaval', description: 'The participant’s id in this mission. Default: a new UUID.' })
  @IsOptional()
  @IsText(100)
  participantId?: string;

  @ApiProperty({ example: 'Université Laval' }) @IsText(200) name!: string;
  @ApiProperty({ enum: PARTICIPANT_KINDS }) @IsIn(PARTICIPANT_KINDS) kind!: ParticipantKind;

  @ApiProperty({ type: ParticipantContactDto })
  @IsNestedObject(() => ParticipantContactDto)
  contact!: ParticipantContactDto;

  @ApiPropertyOptional({
    example: '2026-09-01T14:00:00.000Z',
    description: 'When it registered (a form recorded late keeps it). Default: now.',
  })
  @IsOptional()
  @IsInstant()
  registeredAt?: string;
}

export class LogisticsServiceDto implements CommandBody<'premier-mission', 'RecordMissionLogisticsService', 'serviceId'> {
  @ApiPropertyOptional({ example: 'hotel-okura', description: 'Default: a new UUID.' })
  @IsOptional()
  @IsText(100)
  serviceId?: string;

  @ApiPropertyOptional({ example: 'ulaval', description: 'The participant served; absent for the whole delegation.' })
  @IsOptional()
  @IsText(100)
  participantId?: string;

  @ApiProperty({ enum: LOGISTICS_SERVICE_KINDS }) @IsIn(LOGISTICS_SERVICE_KINDS) kind!: LogisticsServiceKind;
  @ApiProperty({ example: 'Chambres réservées à l’hôtel Okura, 12 au 18 octobre' }) @IsText(2000) description!: string;

  @ApiPropertyOptional({ example: '2026-10-12', description: "Local date; not after the mission's last day." })
  @IsOptional()
  @IsLocalDate()
  providedOn?: string;
}

export class EndMissionDto implements CommandBody<'premier-mission', 'EndPremierMission'> {
  @ApiPropertyOptional({
    example: '2026-10-18T09:00:00.000Z',
    description:
      "When the mission ended: when it happened; defaults to now; not in the future nor before the mission's first day (or its start). The evaluation is sent when the end is recorded.",
  })
  @IsOptional()
  @IsInstant()
  endedAt?: string;
}

export class CancelMissionDto implements CommandBody<'premier-mission', 'CancelPremierMission'> {
  @ApiProperty({ example: 'Reportée à la demande du cabinet du premier ministre' })
  @IsText(2000)
  reason!: string;
}
