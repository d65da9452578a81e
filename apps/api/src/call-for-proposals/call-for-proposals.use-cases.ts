import { Injectable } from '@nestjs/common';
import { callAsSeenBy, type Actor, type Person } from '@entente/domain';
import type { CallForProposalsView, StaffCommandData, StaffCommandType } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { callEvaluations } from './call-for-proposals.evaluations';
import type { CallEvaluationsDto } from './dto/call-evaluations.dto';
import type { SubmitProposalDto } from './dto/open-call-steps.dto';
import type { PublishCallForProposalsDto } from './dto/publish-call-for-proposals.dto';

const TYPE = 'call-for-proposals';

/** The case as `reader` may see it: scores sealed from them while the call is evaluated are left out. */
const seenBy = (reader: Actor, view: CallForProposalsView): CallForProposalsView => ({ ...view, state: callAsSeenBy(reader, view.state) });

/**
 * The call's staff commands. The workflow closes the call by itself at `closesAt` (or the extended
 * instant), which starts the selection clock; the last organization notified stops it.
 */
@Injectable()
export class CallForProposalsUseCases {
  constructor(private readonly commands: CaseCommands) {}

  publish(dto: PublishCallForProposalsDto, context: CommandContext): Promise<CallForProposalsView> {
    return this.commands.open(TYPE, 'PublishCallForProposals', (caseId) => ({ caseId, ...dto }), context);
  }

  submit(caseId: string, dto: SubmitProposalDto, context: CommandContext): Promise<CallForProposalsView> {
    // Validation holds one of the two; the deprecated `contactEmail` is read for one version.
    const { contactEmail, ...organization } = dto.organization;
    const email = organization.email ?? contactEmail ?? '';
    const data = (at: string) => ({ ...dto, organization: { ...organization, email }, submittedAt: dto.submittedAt ?? at });
    return this.commands.send(TYPE, caseId, 'SubmitProposal', data, context);
  }

  /** The commands whose body is the domain command's data as it is; the answer is as the sender may see it. */
  async send<K extends StaffCommandType<typeof TYPE>>(
    caseId: string,
    type: K,
    dto: StaffCommandData<typeof TYPE, K>,
    context: CommandContext,
  ): Promise<CallForProposalsView> {
    return seenBy(context.actor, await this.commands.send(TYPE, caseId, type, dto, context));
  }

  async live(caseId: string, reader: Person): Promise<CallForProposalsView> {
    return seenBy(reader, await this.commands.live(TYPE, caseId, reader));
  }

  async evaluations(caseId: string, reader: Person): Promise<CallEvaluationsDto> {
    return callEvaluations(await this.commands.live(TYPE, caseId, reader), reader);
  }
}
