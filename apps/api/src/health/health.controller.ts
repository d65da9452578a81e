import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { CheckHealthUseCase } from './use-cases/check-health.use-case';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly checking: CheckHealthUseCase) {}

  @Get()
  @ApiOperation({ summary: 'Whether the API reaches its database and Temporal' })
  @ApiOkResponse({ description: "{ status: 'ok', checks: { database: 'up', temporal: 'up' } }" })
  @ApiServiceUnavailableResponse({ description: 'An engine is down; `checks` says which.' })
  check() {
    return this.checking.execute();
  }
}
