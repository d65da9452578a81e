import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { DEFAULT_REPLY_LANGUAGE, REPLY_LANGUAGES, ReplyLanguage } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

export class EmailSenderDto {
  @ApiPropertyOptional({ example: 'Awa Diallo', description: 'Personal information: kept confidential.' })
  @IsOptional()
  @IsText(200)
  name?: string;

  @ApiProperty({ example: 'awa.diallo@example.org' })
  @IsEmail()
  address!: string;
}

export class ReceiveEmailRequestDto implements CommandBody<'email-request', 'ReceiveEmailRequest', 'caseId' | 'receivedAt'> {
  @ApiProperty({ type: EmailSenderDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => EmailSenderDto)
  sender!: EmailSenderDto;

  @ApiProperty({ example: 'Stage dans une organisation internationale' })
  @IsText(500)
  subject!: string;

  @ApiProperty({ example: 'Quels sont les critères d’admissibilité ?' })
  @IsText(100_000)
  body!: string;

  @ApiPropertyOptional({
    enum: REPLY_LANGUAGES,
    default: DEFAULT_REPLY_LANGUAGE,
    description: 'The language the requester is answered in: French unless they wrote in English.',
  })
  @IsOptional()
  @IsIn(REPLY_LANGUAGES)
  replyLanguage?: ReplyLanguage;

  @ApiPropertyOptional({
    example: '2026-11-23T15:00:00.000Z',
    description: 'When the e-mail arrived (it may be in the past); the four-working-day clock starts here. Default: now.',
  })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}
