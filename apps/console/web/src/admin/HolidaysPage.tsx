import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiGet } from '../api/client';
import { CommandForm } from '../forms/CommandForm';
import { routeOf, useOpenApi } from '../forms/openapi';
import { useI18n } from '../i18n/i18n';
import { navigate, useLocation } from '../router';
import { MovedClocks } from './MovedClocks';

interface Holidays {
  readonly calendar: { readonly id: string; readonly version: number };
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
}

/** The holiday calendar of a year, and the form that adds one (administrators; the API decides). */
export function HolidaysPage() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  // The version just published lives in the address: a reload or a shared link shows its moved clocks again.
  const published = Number(useLocation().searchParams.get('moved')) || undefined;
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
            onDone={(answer) => {
              void holidays.refetch();
              navigate(`/admin/holidays?moved=${(answer as { calendar: { version: number } }).calendar.version}`);
            }}
          />
        )}
      </section>
      {published !== undefined && <MovedClocks key={published} version={published} />}
    </>
  );
}
