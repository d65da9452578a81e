import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { instantAt, localDateOf, STANDARDS_TIME_ZONE } from '@entente/domain';
import { CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import type { ComplianceQuery } from '../dto/compliance.query';
import type { ComplianceReportDto, StandardMonthDto } from '../dto/compliance-report.dto';
import { telephoneMonths } from './telephone-months.query';

type Row = Record<keyof Omit<StandardMonthDto, 'metShare'>, string | number | null>;

/** `YYYY-MM` shifted by whole months. */
function shiftMonth(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, index - 1 + months, 1));
  return shifted.toISOString().slice(0, 7);
}

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * The declaration of services' figures: per standard and month, how many clocks met their due
 * instant; and per month, the share of telephone calls answered at once.
 */
@Injectable()
export class ServiceStandardComplianceUseCase {
  constructor(
    @InjectRepository(ServiceClockEntity) private readonly clocks: Repository<ServiceClockEntity>,
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
  ) {}

  async execute(query: ComplianceQuery, now = new Date()): Promise<ComplianceReportDto> {
    const to = query.to ?? localDateOf(now.toISOString(), STANDARDS_TIME_ZONE).slice(0, 7);
    const from = query.from ?? shiftMonth(to, -11);
    if (from > to) throw new BadRequestException({ message: `from must not be after to (${to})`, field: 'from' });
    const start = instantAt(`${from}-01`, '00:00', STANDARDS_TIME_ZONE);
    const end = instantAt(`${shiftMonth(to, 1)}-01`, '00:00', STANDARDS_TIME_ZONE);
    const [standards, telephone] = await Promise.all([this.standardMonths(start, end), telephoneMonths(this.summaries, start, end)]);
    return { from, to, standards, telephone };
  }

  private async standardMonths(start: string, end: string): Promise<StandardMonthDto[]> {
    const rows: Row[] = await this.clocks
      .createQueryBuilder('c')
      .select('c.standardId', 'standardId')
      .addSelect(`to_char(c.startedAt AT TIME ZONE '${STANDARDS_TIME_ZONE}', 'YYYY-MM')`, 'month')
      .addSelect('count(*)::int', 'cases')
      .addSelect(`count(*) FILTER (WHERE c.state = 'met')::int`, 'met')
      .addSelect(`count(*) FILTER (WHERE c.state = 'late')::int`, 'late')
      .addSelect(`count(*) FILTER (WHERE c.breached)::int`, 'breached')
      .addSelect('count(*) FILTER (WHERE c.stoppedAt IS NULL)::int', 'open')
      .addSelect(`count(*) FILTER (WHERE c.state = 'cancelled')::int`, 'cancelled')
      .addSelect('percentile_cont(0.5) WITHIN GROUP (ORDER BY c.workingDaysTaken)', 'medianWorkingDays')
      .addSelect('percentile_cont(0.9) WITHIN GROUP (ORDER BY c.workingDaysTaken)', 'p90WorkingDays')
      .where('c.startedAt >= :start AND c.startedAt < :end', { start, end })
      .groupBy('1, 2')
      .orderBy('1')
      .addOrderBy('2')
      .getRawMany();
    return rows.map(toStandardMonth);
  }
}

function toStandardMonth(row: Row): StandardMonthDto {
  const [met, late] = [Number(row.met), Number(row.late)];
  return {
    standardId: String(row.standardId),
    month: String(row.month),
    cases: Number(row.cases),
    met,
    late,
    breached: Number(row.breached),
    open: Number(row.open),
    cancelled: Number(row.cancelled),
    metShare: met + late === 0 ? null : met / (met + late),
    medianWorkingDays: numberOrNull(row.medianWorkingDays),
    p90WorkingDays: numberOrNull(row.p90WorkingDays),
  };
}
