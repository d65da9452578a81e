import { ForbiddenException, Injectable } from '@nestjs/common';
import { mayAudit, type Person } from '@entente/domain';
import { CaseAccess } from '../../access/case-access';
import { PersonalFieldReader } from '../../access/personal-field-reader';
import { PersonalMasking } from '../../access/personal-masking';
import { CaseAsOf, CaseAsOfUseCase } from './case-as-of.use-case';
import { CaseExport, ExportCaseUseCase } from './export-case.use-case';
import { CaseVerification, VerifyCaseUseCase } from './verify-case.use-case';

/**
 * A case's history as a signed-in reader may read it: within their scope (404 outside), personal
 * fields as the read policy shows them. The auditors' command line calls the history use cases
 * themselves.
 */
@Injectable()
export class CaseReads {
  constructor(
    private readonly access: CaseAccess,
    private readonly verifying: VerifyCaseUseCase,
    private readonly asOfUseCase: CaseAsOfUseCase,
    private readonly exporting: ExportCaseUseCase,
    private readonly fields: PersonalFieldReader,
  ) {}

  async verify(caseId: string, reader: Person): Promise<CaseVerification> {
    await this.access.readable(caseId, reader);
    return this.verifying.execute(caseId);
  }

  async asOf(caseId: string, at: string, reader: Person): Promise<CaseAsOf> {
    const { summary, personal } = await this.access.readable(caseId, reader);
    const asOf = await this.asOfUseCase.execute(caseId, at, reader);
    return this.fields.read(caseId, { ...asOf, state: new PersonalMasking(personal).state(summary.caseType, asOf.state) }, personal);
  }

  /**
   * For the auditors alone; exported as sealed, for its proof, with the personal fields the policy
   * masks masked (the hashes then vouch for the sealed data, which a disclosure reveals).
   */
  async export(caseId: string, reader: Person): Promise<CaseExport> {
    const { summary, personal } = await this.access.readable(caseId, reader);
    if (!mayAudit(reader)) throw new ForbiddenException(`${reader.role} may not export a case's history: auditors do`);
    // Auditors read a call's scores even while it is evaluated: nothing of the history is sealed from them.
    const history = await this.exporting.execute(caseId);
    const masking = new PersonalMasking(personal);
    const events = history.events.map((event) => masking.event(summary.caseType, event));
    return this.fields.read(caseId, { ...history, personalFields: personal, events }, personal);
  }
}
