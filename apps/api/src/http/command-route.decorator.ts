import { applyDecorators, Controller, HttpCode, Post, UseInterceptors, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Role } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseLocationInterceptor } from './case-location.interceptor';
import { ApiIdempotencyKey } from './command-context.decorator';

/** What a command route answers: its status and body, and whether it tells where a new case is. */
export interface CommandAnswer {
  readonly status: 200 | 201;
  readonly type?: Type;
  readonly description?: string;
  readonly locatesCase?: boolean;
}

const described = (description: string | undefined) => (description === undefined ? {} : { description });

/** A command on a case: 200 with the case as its workflow holds it afterwards. */
export const caseAnswer = (description?: string): CommandAnswer => ({ status: 200, type: CaseViewDto, ...described(description) });

/** A command that opens a case: 201 with the case, and `Location` where its read model will appear. */
export const openedCaseAnswer = (description?: string): CommandAnswer => ({
  status: 201,
  type: CaseViewDto,
  locatesCase: true,
  ...described(description),
});

/** A command that creates something else (a calendar version): 201 with it. */
export const createdAnswer = (description: string): CommandAnswer => ({ status: 201, description });

/** A role check for the commands only administrators issue. */
export const administratorsOnly = (_commandType: string, role: Role): boolean => role === 'administrator';

/**
 * `POST <path>` sends `commandType`: roles `mayIssue` refuses are answered 403 before anything
 * reaches Temporal, and the route documents the command's refusals and its answer.
 */
export function CommandRoute<T extends string>(
  commandType: T,
  path: string,
  mayIssue: (commandType: T, role: Role) => boolean,
  answer: CommandAnswer = caseAnswer(),
) {
  const { status, locatesCase, ...response } = answer;
  return applyDecorators(
    Post(path),
    HttpCode(status),
    IssuesCommand(commandType, (role) => mayIssue(commandType, role)),
    ApiResponse({ status, ...response }),
    ...(locatesCase ? [UseInterceptors(CaseLocationInterceptor)] : []),
  );
}

/** A controller of commands at `path`: tagged, behind a bearer token, retried safely with an idempotency key. */
export const CommandController = (path: string, tag = path) =>
  applyDecorators(ApiTags(tag), ApiBearerAuth(), ApiIdempotencyKey(), Controller(path));
