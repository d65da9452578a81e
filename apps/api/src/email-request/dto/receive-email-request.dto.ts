import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { DEFAULT_REPLY_LANGUAGE, REPLY_LANGUAGES, ReplyLanguage, type EmailSender } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { IsEmailAddress } from '../../http/is-email-address.decorator';

/** The sender's `email` may come, for one version, under its deprecated name `address`. */
export class EmailSenderDto implements Partial<EmailSender> {
  @ApiPropertyOptional({ example: 'Awa Diallo', description: 'Personal information: kept confidential.' })
  @IsOptional()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ example: 'awa.diallo@example.org', description: 'Required (the deprecated `address` stands in for one version).' })
  @ValidateIf((sender: EmailSenderDto) => sender.address === undefined)
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ deprecated: true, description: 'Deprecated: send `email`, the name every case type uses.' })
  @IsOptional()
  @IsEmailAddress()
  address?: string;
}

export class ReceiveEmailRequestDto implements Omit<
  CommandBody<'email-request', 'ReceiveEmailRequest', 'caseId' | 'receivedAt'>,
  'sender'
> {
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
