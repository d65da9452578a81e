import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { apiGet } from '../api/client';
import type { CaseRow } from '../api/types';
import { CommandForm } from '../forms/CommandForm';
import { routeOf, useOpenApi } from '../forms/openapi';
import { useI18n } from '../i18n/i18n';
import { reference } from '../queue/views';
import { Link } from '../router';
import { dueFrom, movedBetween, type MovedClock } from './moved-clocks';

interface Holidays {
  readonly calendar: { readonly id: string; readonly version: number };
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** After a holiday is added the calendar's workflow moves running clocks; the page reads the queue until they have moved. */
async function watchMoves(date: string, before: readonly CaseRow[], show: (moved: MovedClock[]) => void): Promise<void> {
  // The calendar's workflow moves running clocks one case after another: the list grows as they
  // move, and the page stops reading once it has not grown for a few readings after the first move.
  let quiet = 0;
  let seen = 0;
  for (let tries = 0; tries < 60 && quiet < 4; tries++) {
    await pause(1000);
    const moved = movedBetween(before, await dueFrom(date));
    quiet = moved.length > 0 && moved.length === seen ? quiet + 1 : 0;
    seen = moved.length;
    show(moved);
  }
}

/** The holiday calendar of a year, and the form that adds one (administrators; the API decides). */
export function HolidaysPage() {
  const { t, instant, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const before = useRef<{ date: string; rows: readonly CaseRow[] }>({ date: '', rows: [] });
  const [moved, setMoved] = useState<MovedClock[] | undefined>();
  const openApi = useOpenApi();
  const holidays = useQuery({ queryKey: ['holidays', year], queryFn: () => apiGet<Holidays>(`/calendar/holidays?year=${year}`) });
  const route = openApi.data && routeOf(openApi.data, 'AddHoliday');
  const date = (day: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <>
      <h1>{t('admin.holidays')}</h1>
      <label className="inline">
        {t('admin.year')}{' '}
        <input type="number" value={year} min={1990} max={2100} onChange={(event) => setYear(Number(event.target.value))} />
      </label>
      {holidays.data && (
        <table className="queue" id="holidays">
          <caption>{t('admin.calendarVersion', { id: holidays.data.calendar.id, version: holidays.data.calendar.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.date')}</th>
              <th scope="col">{t('admin.name')}</th>
            </tr>
          </thead>
          <tbody>
            {holidays.data.holidays.map((holiday) => (
              <tr key={holiday.date}>
                <td>{date(holiday.date)}</td>
                <td>{holiday.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="add-holiday">
        <h2 id="add-holiday">{t('admin.addHoliday')}</h2>
        {route && (
          <CommandForm
            commandType="AddHoliday"
            operationId="AddHoliday"
            {...route}
            beforeSend={async (body) => {
              const date = String(body.date);
              before.current = { date, rows: await dueFrom(date) };
            }}
            onDone={() => {
              void holidays.refetch();
              void watchMoves(before.current.date, before.current.rows, setMoved);
            }}
          />
        )}
      </section>
      {moved && (
        <section aria-labelledby="moved-title" aria-live="polite" className="moved">
          <h2 id="moved-title">{t('admin.moved', { count: moved.length })}</h2>
          <ul>
            {moved.map((clock) => (
              <li key={clock.caseId} data-case-id={clock.caseId}>
                <Link href={`/cases/${clock.caseId}`}>{reference(clock.caseId)}</Link> : {instant(clock.before)} → {instant(clock.after)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
