import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../http/is-text.decorator';

export class AnswerEmailRequestDto {
  @ApiProperty({ example: 'Bonjour, les critères sont publiés sur notre site…' })
  @IsText(100_000)
  answer!: string;
}
