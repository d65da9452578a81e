import { Body, Get, Param } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  CORRECT_PERSONAL_INFORMATION,
  ERASE_PERSONAL_INFORMATION,
  LIFT_LEGAL_HOLD,
  PLACE_LEGAL_HOLD,
  PRIVACY_ROLES,
  type Person,
  type Role,
} from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, createdAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { CorrectionDto, CorrectionRequestDto } from './dto/correction.dto';
import { ErasureDto, ErasureRequestDto } from './dto/erasure.dto';
import { LegalHoldDto, LegalHoldParams, LiftLegalHoldDto, PlaceLegalHoldDto } from './dto/legal-hold.dto';
import { CorrectCaseUseCase } from './use-cases/correct-case.use-case';
import { EraseCaseUseCase } from './use-cases/erase-case.use-case';
import { LegalHolds } from './use-cases/legal-holds';

const privacyOfficers = (_commandType: string, role: Role) => PRIVACY_ROLES.includes(role);
const OUT_OF_SCOPE = 'No such case, or not one of the officer’s body (the two answer alike).';
const personOf = ({ actor, teams }: CommandContext): Person => ({ ...actor, teams });

/**
 * The protection of personal information (docs/adr/0017, 0020): each body's privacy officer
 * corrects a case's personal information on a person's request, erases a closed case's, and
 * places and lifts the legal holds that prevent an erasure.
 */
@CommandController('cases', 'privacy')
export class PrivacyController {
  constructor(
    private readonly erasing: EraseCaseUseCase,
    private readonly correcting: CorrectCaseUseCase,
    private readonly holds: LegalHolds,
  ) {}

  @CommandRoute(ERASE_PERSONAL_INFORMATION, ':caseId/erasure', privacyOfficers, {
    status: 200,
    type: ErasureDto,
    description: 'Erased: the key is destroyed, and `PersonalInformationErased` closes the case’s history.',
  })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  erase(@Param() { caseId }: CaseIdParams, @Body() { reason }: ErasureRequestDto, @CommandContextOf() context: CommandContext) {
    return this.erasing.execute(caseId, reason, context);
  }

  @CommandRoute(
    CORRECT_PERSONAL_INFORMATION,
    ':caseId/corrections',
    privacyOfficers,
    createdAnswer('The correction, recorded as `PersonalInformationCorrected`: the events before it keep what they recorded.'),
  )
  @ApiCreatedResponse({ type: CorrectionDto })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  correct(@Param() { caseId }: CaseIdParams, @Body() correction: CorrectionRequestDto, @CommandContextOf() context: CommandContext) {
    return this.correcting.execute(caseId, correction, context);
  }

  @Get(':caseId/holds')
  @ApiOperation({ summary: 'The legal holds placed on a case, standing and lifted' })
  @ApiOkResponse({ type: [LegalHoldDto] })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  list(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.holds.list(caseId, reader);
  }

  @CommandRoute(PLACE_LEGAL_HOLD, ':caseId/holds', privacyOfficers, createdAnswer('The hold: the case cannot be erased while it stands.'))
  @ApiCreatedResponse({ type: LegalHoldDto })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  place(@Param() { caseId }: CaseIdParams, @Body() { kind, reason }: PlaceLegalHoldDto, @CommandContextOf() context: CommandContext) {
    return this.holds.place(caseId, kind, reason, personOf(context));
  }

  @CommandRoute(LIFT_LEGAL_HOLD, ':caseId/holds/:holdId/lifting', privacyOfficers, { status: 200, type: LegalHoldDto })
  @ApiNotFoundResponse({ description: `${OUT_OF_SCOPE} Or no such hold on the case.` })
  lift(@Param() { caseId, holdId }: LegalHoldParams, @Body() { reason }: LiftLegalHoldDto, @CommandContextOf() context: CommandContext) {
    return this.holds.lift(caseId, holdId, reason, personOf(context));
  }
}
