import { Controller, ForbiddenException, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { NotificationCountsDto } from './notification-counts.dto';
import { NotificationOutboxCounts } from './notification-outbox-counts';

/** Who may watch the notifier's outbox: the people who run the system. */
const OPERATORS = ['administrator', 'auditor'];

/** The notifier's outbox as operators watch it (issue 16): messages sent, waiting, deferred and failed, per kind. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly outbox: NotificationOutboxCounts) {}

  @Get('counts')
  @ApiOperation({ summary: 'Messages of the notifier per kind: sent, pending, deferred, failed, awaiting a digest' })
  @ApiOkResponse({ type: [NotificationCountsDto] })
  @ApiForbiddenResponse({ description: 'Only administrators and auditors watch the outbox.' })
  counts(@ReaderOf() reader: Person): Promise<NotificationCountsDto[]> {
    if (!OPERATORS.includes(reader.role)) throw new ForbiddenException(`${reader.role} may not watch the notifier's outbox`);
    return this.outbox.counts();
  }
}
