import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsOptional } from 'class-validator';
import {
  DELIVERIES,
  NOTICE_LANGUAGES,
  STAFF_ROLES,
  TEAMS,
  type Delivery,
  type NoticeLanguage,
  type Role,
  type StaffContact,
  type Team,
} from '@entente/domain';
import { IsEmailAddress } from '../http/is-email-address.decorator';
import { IsText } from '../http/is-text.decorator';

/** How a person wants to be told: in which language, and at once or in the morning's digest. */
export class NotificationPreferencesDto {
  @ApiPropertyOptional({ enum: NOTICE_LANGUAGES, example: 'fr' })
  @IsOptional()
  @IsIn(NOTICE_LANGUAGES)
  language?: NoticeLanguage;

  @ApiPropertyOptional({
    enum: DELIVERIES,
    example: 'daily-digest',
    description: 'Breaches and escalations are sent at once whatever this says.',
  })
  @IsOptional()
  @IsIn(DELIVERIES)
  delivery?: Delivery;
}

/** A staff member's entry, as an administrator keeps it: what decides what they are told, and where. */
export class StaffEntryDto implements Omit<StaffContact, 'id'> {
  @ApiProperty({ example: 'Sophie Gagnon' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'sophie.gagnon@mri.example' })
  @IsEmailAddress()
  email!: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'supervisor' })
  @IsIn(STAFF_ROLES)
  role!: Role;

  @ApiProperty({ enum: TEAMS, isArray: true, example: ['information-services'] })
  @ArrayNotEmpty()
  @ArrayMaxSize(TEAMS.length)
  @IsIn(TEAMS, { each: true })
  teams!: Team[];

  @ApiProperty({ enum: NOTICE_LANGUAGES, example: 'fr' })
  @IsIn(NOTICE_LANGUAGES)
  language!: NoticeLanguage;

  @ApiProperty({ enum: DELIVERIES, example: 'immediate' })
  @IsIn(DELIVERIES)
  delivery!: Delivery;
}

export class StaffContactDto extends StaffEntryDto implements StaffContact {
  @ApiProperty({ example: 'sophie.gagnon', description: 'The person’s id as the identity provider names them (the token’s subject).' })
  id!: string;
}
