import type { ServiceStandard } from './service-standards/service-standard';
import { EMAIL_REQUEST_STANDARDS } from './email-request/email-request.standards';
import { INTERNSHIP_APPLICATION_STANDARDS } from './internship-application/internship-application.standards';
import { COMPLAINT_STANDARDS } from './complaint/complaint.standards';
import { CALL_FOR_PROPOSALS_STANDARDS } from './call-for-proposals/call-for-proposals.standards';
import { COOPERATION_ENGAGEMENT_STANDARDS } from './cooperation-engagement/cooperation-engagement.standards';
import { BILATERAL_PROJECT_STANDARDS } from './bilateral-project/bilateral-project.standards';

/**
 * The built-in declaration of services: every case type's standards, first versions. Revisions
 * are published by administrators and stored beside it; a case keeps the version in force when
 * its clock started.
 */
export const SERVICE_STANDARDS: readonly ServiceStandard[] = [
  ...EMAIL_REQUEST_STANDARDS,
  ...INTERNSHIP_APPLICATION_STANDARDS,
  ...COMPLAINT_STANDARDS,
  ...CALL_FOR_PROPOSALS_STANDARDS,
  ...COOPERATION_ENGAGEMENT_STANDARDS,
  ...BILATERAL_PROJECT_STANDARDS,
];
