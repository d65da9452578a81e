import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { EVALUATION_ASPECTS, NOTICE_LANGUAGES, type EvaluationAspect, type NoticeLanguage } from '@entente/domain';
import { EvaluationAnswerDto } from './evaluation-answer.dto';

// A participant's evaluation link (docs/adr/0023): what its public page shows, and the answer it sends.

export class EvaluationLinkParams {
  @ApiProperty({ description: 'The link’s token, as the evaluation e-mail gives it.', example: 'eyJjYXNlSWQiOi4uLn0.c2lnbmF0dXJl' })
  @IsString()
  @MaxLength(1024)
  token!: string;
}

/** The ratings and comment of `EvaluationAnswerDto`; the link names the participant, the API the instant. */
export class LinkAnswerDto extends PickType(EvaluationAnswerDto, ['ratings', 'comment'] as const) {}

export const LINK_STATUSES = ['open', 'answered', 'closed'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export class PublicMissionDto {
  @ApiProperty({ example: 'Transition énergétique et économie verte' }) theme!: string;
  @ApiProperty({ example: 'Paris' }) city!: string;
  @ApiProperty({ example: 'France' }) country!: string;
  @ApiProperty({ format: 'date', example: '2026-06-18', description: 'First day, local date at the destination.' }) startsOn!: string;
  @ApiProperty({ format: 'date', example: '2026-06-23', description: 'Last day, local date at the destination.' }) endsOn!: string;
}

/** Nothing personal: the mission as announced, and the participant's own organization. */
export class EvaluationLinkDto {
  @ApiProperty({ type: PublicMissionDto }) mission!: PublicMissionDto;
  @ApiProperty({ example: 'Université Laval', description: 'The participating company or institution the link was sent to.' })
  participant!: string;
  @ApiProperty({
    enum: LINK_STATUSES,
    description:
      '`open`: answers are taken; `answered`: this participant has answered; `closed`: the evaluation is compiled or the mission cancelled.',
  })
  status!: LinkStatus;
  @ApiProperty({
    enum: EVALUATION_ASPECTS,
    isArray: true,
    description:
      'What to rate, 1 (poor) to 5 (excellent): the services provided to the participant or the whole delegation, and the whole organization.',
  })
  aspects!: readonly EvaluationAspect[];
  @ApiProperty({ example: '2026-07-09T21:00:00.000Z', description: 'Answers are taken until then, when they are compiled.' })
  answersUntil!: string;
  @ApiProperty({
    enum: NOTICE_LANGUAGES,
    nullable: true,
    description:
      'The language the contact corresponds in, when staff recorded one: the page opens in it. Null: French, English a click away.',
  })
  language!: NoticeLanguage | null;
}
