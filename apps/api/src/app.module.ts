import { DynamicModule, Module, type Type } from '@nestjs/common';
import type { CaseType } from '@entente/contracts';
import { ConfigurationModule, type Env } from '@entente/platform';
import { AccessJournalModule } from './access-journal/access-journal.module';
import { NotificationsModule } from './notifications/notifications.module';
import { StaffDirectoryModule } from './staff-directory/staff-directory.module';
import { ActionsModule } from './actions/actions.module';
import { AuthModule } from './auth/auth.module';
import { BilateralProjectModule } from './bilateral-project/bilateral-project.module';
import { CalendarModule } from './calendar/calendar.module';
import { CallForProposalsModule } from './call-for-proposals/call-for-proposals.module';
import { CasesModule } from './cases/cases.module';
import { ClocksModule } from './clocks/clocks.module';
import { ComplaintModule } from './complaint/complaint.module';
import { CooperationEngagementModule } from './cooperation-engagement/cooperation-engagement.module';
import { ApiConfig } from './config/api.config';
import { DatabaseModule } from './database/database.module';
import { EmailRequestModule } from './email-request/email-request.module';
import { HealthModule } from './health/health.module';
import { InternshipApplicationModule } from './internship-application/internship-application.module';
import { MetricsModule } from './metrics/metrics.module';
import { PremierMissionModule } from './premier-mission/premier-mission.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ReferenceModule } from './reference/reference.module';
import { ReportsModule } from './reports/reports.module';
import { ServiceStandardsModule } from './service-standards/service-standards.module';
import { TelephoneInquiryModule } from './telephone-inquiry/telephone-inquiry.module';

/** Every case type's routes, in the order the API documents them: a case type missing here fails the build. */
const CASE_TYPE_MODULES: Readonly<Record<CaseType, Type>> = {
  'email-request': EmailRequestModule,
  'internship-application': InternshipApplicationModule,
  'bilateral-project': BilateralProjectModule,
  complaint: ComplaintModule,
  'telephone-inquiry': TelephoneInquiryModule,
  'premier-mission': PremierMissionModule,
  'call-for-proposals': CallForProposalsModule,
  'cooperation-engagement': CooperationEngagementModule,
};

@Module({})
export class AppModule {
  /** `env` overrides process.env for this instance only (tests run several in one process). */
  static forRoot(env: Env = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigurationModule.forRoot(ApiConfig, { ...process.env, ...env }),
        AuthModule,
        DatabaseModule,
        AccessJournalModule,
        NotificationsModule,
        StaffDirectoryModule,
        ...Object.values(CASE_TYPE_MODULES),
        CasesModule,
        PrivacyModule,
        ActionsModule,
        ClocksModule,
        ReportsModule,
        ReferenceModule,
        ServiceStandardsModule,
        CalendarModule,
        HealthModule,
        MetricsModule,
      ],
    };
  }
}
