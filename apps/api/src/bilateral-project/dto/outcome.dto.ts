import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { ANALYSIS_RESULTS, type AnalysisResult } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

// After the negotiations: the result notified to the institution, then support until deployment.

export class AnalysisResultDto implements CommandBody<'bilateral-project', 'NotifyProjectAnalysisResult'> {
  @ApiProperty({ enum: ANALYSIS_RESULTS })
  @IsIn(ANALYSIS_RESULTS)
  result!: AnalysisResult['result'];

  @ApiPropertyOptional({
    type: [String],
    example: ['Final report within 60 days of the last mission'],
    description: 'With accepted (none: unconditional).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsText(2000, { each: true })
  conditions?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['Outside the priority areas of the agreement'],
    description: 'With refused: at least one.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsText(2000, { each: true })
  reasons?: string[];

  @ApiPropertyOptional({
    example: '2026-11-23T15:00:00.000Z',
    description:
      'When the institution was notified: when it happened; defaults to now; not in the future nor before the end of the negotiations. The clock counts it.',
  })
  @IsOptional()
  @IsInstant()
  notifiedAt?: string;
}

export class DeploymentSupportDto implements CommandBody<'bilateral-project', 'RecordDeploymentSupport', 'providedAt'> {
  @ApiProperty({ example: 'Mission letters sent to the Bavarian State Chancellery' })
  @IsText(5000)
  description!: string;

  @ApiPropertyOptional({ example: '2026-11-23T15:00:00.000Z', description: 'When the support was provided. Default: now.' })
  @IsOptional()
  @IsInstant()
  providedAt?: string;
}

export class DeployedDto implements CommandBody<'bilateral-project', 'RecordBilateralProjectDeployed', 'deployedAt'> {
  @ApiProperty({ example: 'First trainer mission held in Freising.' })
  @IsText(5000)
  report!: string;

  @ApiPropertyOptional({ example: '2026-11-23T15:00:00.000Z', description: 'When the project was deployed. Default: now.' })
  @IsOptional()
  @IsInstant()
  deployedAt?: string;
}
