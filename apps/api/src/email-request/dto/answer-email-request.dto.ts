import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

export class AnswerEmailRequestDto implements CommandBody<'email-request', 'AnswerEmailRequest'> {
  @ApiProperty({ example: 'Bonjour, les critères sont publiés sur notre site…' })
  @IsText(100_000)
  answer!: string;
}
