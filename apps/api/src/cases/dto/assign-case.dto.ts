import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

/** The body of every case type's assignment: who takes the case, and why when it is taken from someone. */
export class AssignCaseDto
  implements
    CommandBody<'email-request', 'AssignEmailRequest'>,
    CommandBody<'internship-application', 'AssignInternshipApplication'>,
    CommandBody<'complaint', 'AssignComplaint'>,
    CommandBody<'bilateral-project', 'AssignBilateralProject'>,
    CommandBody<'premier-mission', 'AssignPremierMission'>
{
  @ApiProperty({ example: 'carole', description: 'The case officer who will answer.' })
  @IsText(200)
  officerId!: string;

  @ApiPropertyOptional({ example: 'Carole is back from leave', description: 'Kept when a held case is reassigned.' })
  @IsOptional()
  @IsText(2000)
  reason?: string;
}
