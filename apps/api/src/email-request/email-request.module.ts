import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { EmailRequestController } from './email-request.controller';
import { AnswerEmailRequestUseCase } from './use-cases/answer-email-request.use-case';
import { AssignEmailRequestUseCase } from './use-cases/assign-email-request.use-case';
import { CloseEmailRequestUseCase } from './use-cases/close-email-request.use-case';
import { GetLiveEmailRequestUseCase } from './use-cases/get-live-email-request.use-case';
import { ReceiveEmailRequestUseCase } from './use-cases/receive-email-request.use-case';

export const EMAIL_REQUEST_USE_CASES = [
  ReceiveEmailRequestUseCase,
  AssignEmailRequestUseCase,
  AnswerEmailRequestUseCase,
  CloseEmailRequestUseCase,
  GetLiveEmailRequestUseCase,
];

@Module({
  imports: [TemporalModule],
  controllers: [EmailRequestController],
  providers: EMAIL_REQUEST_USE_CASES,
})
export class EmailRequestModule {}
