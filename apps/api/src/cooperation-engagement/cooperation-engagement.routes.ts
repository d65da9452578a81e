import { applyDecorators, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { mayIssueCooperationEngagementCommand, type CooperationEngagementCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { ApiIdempotencyKey } from '../http/command-context.decorator';

// Decorators the engagement's three controllers share: one resource, split by stage to stay small.

type CommandType = CooperationEngagementCommand['type'];

export const Issues = (type: CommandType) => IssuesCommand(type, (role) => mayIssueCooperationEngagementCommand(type, role));

/** `/cooperation-engagements`, with its tag, bearer auth and idempotency header. */
export const EngagementsController = () =>
  applyDecorators(
    ApiTags('cooperation-engagements'),
    ApiBearerAuth(),
    ApiIdempotencyKey(),
    Controller('cooperation-engagements'),
  );

/** A command on an existing engagement: `POST /cooperation-engagements/<path>`, 200 with the case view. */
export const EngagementCommand = (type: CommandType, path: string) =>
  applyDecorators(Post(path), HttpCode(200), Issues(type), ApiOkResponse({ type: CaseViewDto }));
