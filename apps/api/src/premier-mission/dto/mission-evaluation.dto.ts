import { ApiProperty } from '@nestjs/swagger';
import { EVALUATION_ASPECTS, PARTICIPANT_KINDS, type EvaluationAspect, type ParticipantKind } from '@entente/domain';

// What `GET /premier-missions/:caseId/evaluation` answers, read live from the workflow.

export class EvaluationScheduleDto {
  @ApiProperty({ example: '2026-10-17T15:00:00.000Z' }) sentAt!: string;
  @ApiProperty({ example: '2026-10-26T21:00:00.000Z', description: 'Those who have not answered are reminded once.' }) remindAt!: string;
  @ApiProperty({ example: '2026-11-02T22:00:00.000Z', description: 'The answers are compiled (sooner once everyone answered).' })
  closesAt!: string;
}

export class EvaluationRecipientDto {
  @ApiProperty({ example: 'ulaval' }) participantId!: string;
  @ApiProperty({ example: 'Université Laval' }) name!: string;
  @ApiProperty({ enum: PARTICIPANT_KINDS }) kind!: ParticipantKind;
}

export class EvaluationRespondentDto {
  @ApiProperty({ example: 'ulaval' }) participantId!: string;
  @ApiProperty({ example: 'Université Laval' }) name!: string;
  @ApiProperty({ example: '2026-10-20T14:00:00.000Z' }) answeredAt!: string;
}

export class AspectFiguresDto {
  @ApiProperty({ enum: EVALUATION_ASPECTS }) aspect!: EvaluationAspect;
  @ApiProperty({ example: 3 }) responses!: number;
  @ApiProperty({ example: 4.33, description: 'Mean rating, two decimals.' }) average!: number;
}

export class EvaluationCompilationDto {
  @ApiProperty({ example: '2026-11-02T22:00:00.000Z' }) compiledAt!: string;
  @ApiProperty({ example: 4 }) invited!: number;
  @ApiProperty({ example: 3 }) answered!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.75, description: 'answered / invited; null when nobody was invited.' })
  responseRate!: number | null;
  @ApiProperty({ type: [AspectFiguresDto], description: 'Aspects nobody rated are left out.' }) aspects!: readonly AspectFiguresDto[];
  @ApiProperty({ type: [String], description: 'Free comments, unattributed.' }) comments!: readonly string[];
}

export class MissionEvaluationDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'evaluating' }) status!: string;
  @ApiProperty({ type: EvaluationScheduleDto, nullable: true, description: 'Null until the mission ends.' })
  plan!: EvaluationScheduleDto | null;
  @ApiProperty() reminded!: boolean;
  @ApiProperty({ type: [EvaluationRecipientDto], description: 'Who was sent the evaluation, in sending order.' })
  sentTo!: EvaluationRecipientDto[];
  @ApiProperty({ type: [EvaluationRespondentDto], description: 'Who answered, in the order answers were recorded.' })
  answered!: EvaluationRespondentDto[];
  @ApiProperty({ type: EvaluationCompilationDto, nullable: true, description: 'Once compiled.' })
  compilation!: EvaluationCompilationDto | null;
}
