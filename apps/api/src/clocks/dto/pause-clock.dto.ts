import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../http/is-text.decorator';

export class PauseClockDto {
  @ApiProperty({
    example: 'awaiting-requester-information',
    description: 'One of the reasons the standard allows (GET /service-standards).',
  })
  @IsText(100)
  reason!: string;

  @ApiProperty({ example: 'Le numéro de dossier du demandeur est manquant.' })
  @IsText(2000)
  explanation!: string;
}
