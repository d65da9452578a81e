import { Injectable } from '@nestjs/common';
import type { PersonalFields } from '@entente/domain';
import { revealFor, type CaseKeyStore } from '@entente/platform';

/**
 * Personal fields rest sealed under their case's key (docs/adr/0016): opened here, at read time,
 * for a reader the policy shows them to (`[erased]` once the key is destroyed), and masked for the
 * others, so a sealed value never leaves the API as it rests. Clear values (events stored before)
 * pass through.
 */
@Injectable()
export class PersonalFieldReader {
  constructor(private readonly keys: Pick<CaseKeyStore, 'existingKey'>) {}

  read<T>(caseId: string, value: T, personal: PersonalFields): Promise<T> {
    return revealFor(this.keys, caseId, value, personal === 'shown');
  }
}
