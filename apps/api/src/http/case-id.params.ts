import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** Case ids are UUIDs minted by the API; anything else is a 400 before any lookup. */
export class CaseIdParams {
  @ApiProperty({ format: 'uuid', example: '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c' })
  @IsUUID()
  caseId!: string;
}
