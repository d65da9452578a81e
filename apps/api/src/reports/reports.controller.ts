import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComplianceReportDto } from './dto/compliance-report.dto';
import { ComplianceQuery } from './dto/compliance.query';
import { CooperationPortfolioDto } from './dto/cooperation-portfolio.dto';
import { PortfolioQuery } from './dto/portfolio.query';
import { CooperationPortfolioUseCase } from './use-cases/cooperation-portfolio.use-case';
import { ServiceStandardComplianceUseCase } from './use-cases/service-standard-compliance.use-case';

/** Figures from the read models: open to every signed-in role, auditors included. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly compliance: ServiceStandardComplianceUseCase,
    private readonly portfolio: CooperationPortfolioUseCase,
  ) {}

  @Get('service-standards')
  @ApiOperation({ summary: 'Service-standard compliance per standard and month' })
  @ApiOkResponse({
    type: ComplianceReportDto,
    description: 'Per standard and month: met, late, breached, open, working days to answer; per month: telephone calls answered at once.',
  })
  serviceStandards(@Query() query: ComplianceQuery) {
    return this.compliance.execute(query);
  }

  @Get('cooperation-portfolio')
  @ApiOperation({ summary: 'The cooperation portfolio, over a period' })
  @ApiOkResponse({
    type: CooperationPortfolioDto,
    description:
      'Engagements under way in the period by partner parliament, country (ISO 3166-1), support organization, sector and stage; activities held in it by form and place.',
  })
  cooperationPortfolio(@Query() query: PortfolioQuery) {
    return this.portfolio.execute(query);
  }
}
