import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ComplianceReportDto } from './dto/compliance-report.dto';
import { ComplianceQuery } from './dto/compliance.query';
import { ServiceStandardComplianceUseCase } from './use-cases/service-standard-compliance.use-case';

/** Figures from the read models: open to every signed-in role, auditors included. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly compliance: ServiceStandardComplianceUseCase) {}

  @Get('service-standards')
  @ApiOkResponse({ type: ComplianceReportDto, description: 'Per standard and month: met, late, breached, open, working days to answer.' })
  serviceStandards(@Query() query: ComplianceQuery) {
    return this.compliance.execute(query);
  }
}
