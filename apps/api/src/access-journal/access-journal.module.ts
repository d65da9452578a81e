import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessJournalEntryEntity, CaseSummaryEntity } from '@entente/persistence';
import { AccessJournalController } from './access-journal.controller';
import { AccessJournal } from './access-journal.service';
import { JournaledListInterceptor, JournaledReadInterceptor } from './journaled-read';
import { SearchAccessJournalUseCase } from './search-access-journal.use-case';

/** Global: every module with a read of a case journals through the same service. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AccessJournalEntryEntity, CaseSummaryEntity])],
  controllers: [AccessJournalController],
  providers: [AccessJournal, JournaledReadInterceptor, JournaledListInterceptor, SearchAccessJournalUseCase],
  exports: [AccessJournal, JournaledReadInterceptor, JournaledListInterceptor],
})
export class AccessJournalModule {}
