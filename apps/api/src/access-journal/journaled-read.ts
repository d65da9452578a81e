import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { mergeMap, type Observable } from 'rxjs';
import type { CaseType } from '@entente/contracts';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { AccessJournal } from './access-journal.service';
import { personalFieldsShown } from './personal-fields';
import { readContextOf, type ReadContext } from './read-context';

/** What a route shows of each case: its whole answer for a read of one case, an item for a list. */
interface CaseShown {
  readonly caseId: string;
  readonly shown: unknown;
}

/** Injectable itself, so that Nest finds the journal its subclasses are built with. */
@Injectable()
abstract class JournalingInterceptor implements NestInterceptor {
  constructor(
    private readonly journal: AccessJournal,
    private readonly reflector: Reflector,
  ) {}

  protected abstract casesShown(request: AuthenticatedRequest, answer: unknown): CaseShown[];

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        const read = readContextOf(request);
        const declared = this.reflector.get<CaseType | undefined>(CASE_TYPE_READ, context.getHandler());
        for (const { caseId, shown } of this.casesShown(request, answer)) await this.record(read, caseId, shown, declared);
        return answer;
      }),
    );
  }

  /**
   * The personal-data mark is per case type: a route of one case type declares it (a live read may
   * answer before the read model holds the case), else the answer names it, or the read model does.
   */
  private async record(read: ReadContext, caseId: string, shown: unknown, declared: CaseType | undefined): Promise<void> {
    const named = (shown as { caseType?: unknown } | null)?.caseType;
    const caseType = declared ?? (typeof named === 'string' ? (named as CaseType) : await this.journal.caseTypeOf(caseId));
    return this.journal.record({ ...read, caseId, fieldsShown: personalFieldsShown(shown, caseType) });
  }
}

/** Journals the answer of a route that reads one case (`:caseId`) before it leaves. */
@Injectable()
export class JournaledReadInterceptor extends JournalingInterceptor {
  protected casesShown(request: AuthenticatedRequest, answer: unknown): CaseShown[] {
    const { caseId } = request.params;
    if (typeof caseId !== 'string') throw new Error('a journaled read names its case with :caseId');
    return [{ caseId, shown: answer }];
  }
}

/** Journals each case of a page (`{ items: [{ caseId, ... }] }`) before it leaves: one entry per case shown. */
@Injectable()
export class JournaledListInterceptor extends JournalingInterceptor {
  protected casesShown(_: AuthenticatedRequest, answer: unknown): CaseShown[] {
    const { items } = answer as { items: readonly { caseId: string }[] };
    return items.map((item) => ({ caseId: item.caseId, shown: item }));
  }
}

/** The 503 of a read whose journal entry could not be written, for the OpenAPI document. */
export const ApiNotJournaledResponse = () =>
  ApiServiceUnavailableResponse({ description: 'The read could not be recorded in the access journal, so it is not answered.' });

/** Where a route of one case type declares it, for the mark of its personal fields. */
const CASE_TYPE_READ = 'entente:journaled-case-type';

/**
 * A read of one case whose personal information, if it shows any, goes to the access journal; a
 * route of one case type names it.
 */
export const JournaledRead = (caseType?: CaseType) =>
  applyDecorators(SetMetadata(CASE_TYPE_READ, caseType), UseInterceptors(JournaledReadInterceptor), ApiNotJournaledResponse());

/** A page of cases: each case whose personal information it shows goes to the access journal. */
export const JournaledList = () => applyDecorators(UseInterceptors(JournaledListInterceptor), ApiNotJournaledResponse());
