import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { TelephoneInquiryController } from './telephone-inquiry.controller';
import { TelephoneInquiryUseCases } from './telephone-inquiry.use-cases';

@Module({
  imports: [TemporalModule],
  controllers: [TelephoneInquiryController],
  providers: [TelephoneInquiryUseCases],
})
export class TelephoneInquiryModule {}
