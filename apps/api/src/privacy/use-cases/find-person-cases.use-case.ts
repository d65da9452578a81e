import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { caseTypesOfTeam } from '@entente/contracts';
import { requirePrivacyOfficer, type Person } from '@entente/domain';
import { CaseSummaryEntity, PersonIndexEntity } from '@entente/persistence';
import { blindDigest, type IdentifierKind } from '@entente/platform';
import type { PersonCaseDto, PersonCasesDto, PersonSearchDto } from '../dto/person-search.dto';

export const BLIND_INDEX_KEY = Symbol('BlindIndexKey');
export const FIND_PERSON_CASES = 'FindPersonCases';

interface Row {
  readonly caseId: string;
  readonly kind: IdentifierKind;
  readonly caseType: string;
  readonly status: string;
  readonly receivedAt: Date;
  readonly endedAt: Date | null;
}

/**
 * A person's cases across case types, for their body's privacy officer answering a request for
 * access or correction (docs/adr/0019): the address and name given are digested with the index's
 * key and matched by equality, so no case is opened to find them. Within the officer's scope.
 */
@Injectable()
export class FindPersonCasesUseCase {
  constructor(
    @InjectRepository(PersonIndexEntity) private readonly index: Repository<PersonIndexEntity>,
    @Inject(BLIND_INDEX_KEY) private readonly key: Buffer,
  ) {}

  async execute({ email, name }: PersonSearchDto, officer: Person): Promise<PersonCasesDto> {
    requirePrivacyOfficer(officer, FIND_PERSON_CASES);
    const digests = [email && blindDigest(this.key, 'email', email), name && blindDigest(this.key, 'name', name)].filter(
      (digest): digest is string => Boolean(digest),
    );
    if (digests.length === 0)
      throw new BadRequestException({ message: 'email or name is required: whom is the request from?', field: 'email' });
    const caseTypes = officer.teams.flatMap(caseTypesOfTeam);
    if (caseTypes.length === 0) return { cases: [] };
    const rows = await this.index
      .createQueryBuilder('i')
      .innerJoin(CaseSummaryEntity, 's', 's.caseId = i.caseId')
      .select('i.caseId', 'caseId')
      .addSelect('i.kind', 'kind')
      .addSelect('s.caseType', 'caseType')
      .addSelect('s.status', 'status')
      .addSelect('s.receivedAt', 'receivedAt')
      .addSelect('s.endedAt', 'endedAt')
      .where('i.digest IN (:...digests)', { digests })
      .andWhere('s.caseType IN (:...caseTypes)', { caseTypes })
      .orderBy('s.receivedAt', 'ASC')
      .getRawMany<Row>();
    return { cases: byCase(rows) };
  }
}

function byCase(rows: readonly Row[]): PersonCaseDto[] {
  const cases = new Map<string, PersonCaseDto>();
  for (const row of rows) {
    const found = cases.get(row.caseId);
    if (found) {
      if (!found.matched.includes(row.kind)) found.matched.push(row.kind);
      continue;
    }
    cases.set(row.caseId, {
      caseId: row.caseId,
      caseType: row.caseType,
      status: row.status,
      receivedAt: new Date(row.receivedAt).toISOString(),
      endedAt: row.endedAt ? new Date(row.endedAt).toISOString() : null,
      matched: [row.kind],
    });
  }
  return [...cases.values()];
}
