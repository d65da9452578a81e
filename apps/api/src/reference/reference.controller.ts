import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNTRIES, PARLIAMENTS, SUPPORT_ORGANIZATIONS } from '@entente/domain';
import { CountryDto, ParliamentDto, SupportOrganizationDto } from './dto/reference.dto';

/** The maintained lists the cooperation portfolio counts by, for clients to offer: open to every signed-in role. */
@ApiTags('reference')
@ApiBearerAuth()
@Controller('reference')
export class ReferenceController {
  @Get('countries')
  @ApiOperation({ summary: 'Countries by ISO 3166-1 alpha-2 code, in French and English' })
  @ApiOkResponse({ type: [CountryDto] })
  countries() {
    return COUNTRIES;
  }

  @Get('parliaments')
  @ApiOperation({ summary: 'Partner parliaments, in French and English' })
  @ApiOkResponse({ type: [ParliamentDto] })
  parliaments() {
    return PARLIAMENTS;
  }

  @Get('support-organizations')
  @ApiOperation({ summary: 'Organizations that support a parliament (UNDP, APF...), in French and English' })
  @ApiOkResponse({ type: [SupportOrganizationDto] })
  supportOrganizations() {
    return SUPPORT_ORGANIZATIONS;
  }
}
