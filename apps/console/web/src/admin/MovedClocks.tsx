import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { apiGet } from '../api/client';
import type { MovedClocks as Moved } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { reference } from '../queue/views';
import { Link } from '../router';
import { stillMoving } from './still-moving';
import { StandardName } from '../standards/StandardName';

/** The running clocks a calendar version moved, read from the API as they move. */
export function MovedClocks({ version }: { version: number }) {
  const { t, term, instant } = useI18n();
  const counts = useRef<number[]>([]);
  const moved = useQuery({
    queryKey: ['moved-clocks', version],
    queryFn: async () => {
      const answer = await apiGet<Moved>(`/calendar/versions/${version}/moved-clocks`);
      counts.current.push(answer.clocks.length);
      return answer;
    },
    refetchInterval: () => (stillMoving(counts.current) ? 1000 : false),
  });
  if (!moved.data) return null;
  const { clocks, holidaysAdded } = moved.data;
  return (
    <section aria-labelledby="moved-title" aria-live="polite" className="moved">
      <h2 id="moved-title">{t('admin.moved', { count: clocks.length })}</h2>
      <p>
        {t('admin.movedBecause', { version, holidays: holidaysAdded.map((holiday) => `${holiday.date} (${holiday.name})`).join(', ') })}
      </p>
      {clocks.length > 0 && (
        <table className="queue">
          <caption>{t('admin.movedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.col.reference')}</th>
              <th scope="col">{t('queue.col.caseType')}</th>
              <th scope="col">{t('admin.standard')}</th>
              <th scope="col">{t('admin.dueBefore')}</th>
              <th scope="col">{t('admin.dueAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {clocks.map((clock) => (
              <tr key={`${clock.caseId}/${clock.standardId}`} data-case-id={clock.caseId}>
                <td>
                  <Link href={`/cases/${clock.caseId}`}>{reference(clock.caseId)}</Link>
                </td>
                <td>{term('caseType', clock.caseType)}</td>
                <td>
                  <StandardName id={clock.standardId} />
                </td>
                <td>{instant(clock.fromDueAt)}</td>
                <td>{instant(clock.toDueAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
