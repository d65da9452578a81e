import { Body, Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContextOf } from '../http/command-context.decorator';
import { administratorsOnly, CommandRoute, createdAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { StandardIdParams } from './dto/standard-id.params';
import { StandardRevisionDto } from './dto/standard-revision.dto';
import { ListStandardsUseCase } from './use-cases/list-standards.use-case';
import { PublishStandardRevisionUseCase } from './use-cases/publish-standard-revision.use-case';

/** The declaration of services: read by all, revised by administrators once a year. */
@ApiTags('service-standards')
@ApiBearerAuth()
@Controller('service-standards')
export class ServiceStandardsController {
  constructor(
    private readonly listing: ListStandardsUseCase,
    private readonly publishing: PublishStandardRevisionUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The declaration of services: every version of every standard' })
  @ApiOkResponse({ description: 'Every version of every standard, oldest first.' })
  list() {
    return this.listing.execute();
  }

  @CommandRoute(
    'PublishServiceStandardRevision',
    ':standardId/versions',
    administratorsOnly,
    createdAnswer('The new version; clocks that start on or after its date use it.'),
  )
  publish(@Param() { standardId }: StandardIdParams, @Body() revision: StandardRevisionDto, @CommandContextOf() { actor }: CommandContext) {
    return this.publishing.execute(standardId, revision, actor);
  }
}
