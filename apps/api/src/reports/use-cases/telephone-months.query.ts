import type { Repository } from 'typeorm';
import { STANDARDS_TIME_ZONE } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';
import type { TelephoneMonthDto } from '../dto/compliance-report.dto';

type Row = Record<keyof Omit<TelephoneMonthDto, 'share'>, string | number>;

/**
 * The share of telephone calls answered at once, per month of Québec time. A call has no clock:
 * its case summary's status is its outcome and `receivedAt` the instant of the call.
 */
export async function telephoneMonths(summaries: Repository<CaseSummaryEntity>, start: string, end: string): Promise<TelephoneMonthDto[]> {
  const rows: Row[] = await summaries
    .createQueryBuilder('s')
    .select(`to_char(s.receivedAt AT TIME ZONE '${STANDARDS_TIME_ZONE}', 'YYYY-MM')`, 'month')
    .addSelect('count(*)::int', 'calls')
    .addSelect(`count(*) FILTER (WHERE s.status = 'answered-at-once')::int`, 'answeredAtOnce')
    .addSelect(`count(*) FILTER (WHERE s.status = 'referred')::int`, 'referred')
    .where(`s.caseType = 'telephone-inquiry' AND s.status IN ('answered-at-once', 'referred')`)
    .andWhere('s.receivedAt >= :start AND s.receivedAt < :end', { start, end })
    .groupBy('1')
    .orderBy('1')
    .getRawMany();
  return rows.map((row) => {
    const [calls, answeredAtOnce] = [Number(row.calls), Number(row.answeredAtOnce)];
    return { month: String(row.month), calls, answeredAtOnce, referred: Number(row.referred), share: answeredAtOnce / calls };
  });
}
