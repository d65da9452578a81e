import type { EmailRequestState } from '@entente/domain';
import type { CaseView } from '../shared/case-messages';
import type { CaseInput } from '../shared/case-workflow';

// E-mail requests speak the runner's messages: each staff command is the Update named after it
// (`commandUpdate('AssignEmailRequest')`), the state the `caseView` query.

export type EmailRequestView = CaseView<EmailRequestState>;
export type EmailRequestWorkflowInput = CaseInput<EmailRequestState>;
