import { ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { readPolicyOf, type Person } from '@entente/domain';

/** One reveal of a case's personal information, with its stated reason. */
export interface Disclosure {
  readonly reader: Person;
  readonly caseId: string;
  readonly reason: string;
  readonly correlationId: string;
}

/**
 * Where every reveal is recorded before the case is answered: the single call site the access
 * journal (issue 13 item 7) takes over. Until then a log line says who revealed which case under
 * which correlation id, never the reason (it may name a person).
 */
@Injectable()
export class Disclosures {
  private readonly log = new Logger('disclosures');

  /** Only a reader the policy masks has anything to reveal: the auditors. */
  record(disclosure: Disclosure): Promise<void> {
    const { reader, caseId, correlationId } = disclosure;
    if (readPolicyOf(reader).personal !== 'masked') {
      throw new ForbiddenException(`${reader.role} reads personal fields already, or none: only auditors reveal them`);
    }
    this.log.log(`personal information of case ${caseId} disclosed to ${reader.id} (${reader.role}); correlation ${correlationId}`);
    return Promise.resolve();
  }
}
