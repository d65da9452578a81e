import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { PersonCasesDto, PersonSearchDto } from './dto/person-search.dto';
import { FindPersonCasesUseCase } from './use-cases/find-person-cases.use-case';

/** A person's cases, found through the blind index for their body's privacy officer (docs/adr/0019). */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('privacy')
export class PersonSearchController {
  constructor(private readonly finding: FindPersonCasesUseCase) {}

  @Post('person-searches')
  @HttpCode(200)
  @ApiOperation({ summary: "A person's cases within the privacy officer's body, by e-mail address or name, none opened to find them" })
  @ApiOkResponse({ type: PersonCasesDto })
  @ApiForbiddenResponse({ description: 'Only privacy officers search by person.' })
  find(@Body() search: PersonSearchDto, @ReaderOf() officer: Person) {
    return this.finding.execute(search, officer);
  }
}
