import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, tap } from 'rxjs';

/** `Location: /cases/<id>` on a created case: where its read model will appear. */
@Injectable()
export class CaseLocationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<{ caseId: string }>): Observable<{ caseId: string }> {
    return next.handle().pipe(tap((view) => context.switchToHttp().getResponse<Response>().location(`/cases/${view.caseId}`)));
  }
}
