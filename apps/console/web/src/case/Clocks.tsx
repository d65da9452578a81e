import type { CaseClock } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ClockBadge, DaysLeft } from '../queue/ClockBadge';
import { useStandardTitle } from '../standards/StandardName';

/** Every service-standard clock: due when, working days left, paused and why, moved by the calendar and how. */
export function Clocks({ clocks }: { clocks: readonly CaseClock[] }) {
  const { t, term, instant } = useI18n();
  const titleOf = useStandardTitle();
  return (
    <section aria-labelledby="clocks-title" className="clocks">
      <h2 id="clocks-title">{t('clocks.title')}</h2>
      {clocks.length === 0 && <p>{t('clocks.none')}</p>}
      {clocks.map((clock) => (
        <article key={clock.standardId} className="clock" data-standard={clock.standardId} aria-labelledby={`clock-${clock.standardId}`}>
          <h3 id={`clock-${clock.standardId}`} lang={titleOf(clock.standardId).lang}>
            {titleOf(clock.standardId).text}
          </h3>
          <p>
            <ClockBadge state={clock.state} />
          </p>
          <dl className="summary">
            <div>
              <dt>{t('case.dueAt')}</dt>
              <dd>{instant(clock.dueAt)}</dd>
            </div>
            <div>
              <dt>{t('case.daysLeft')}</dt>
              <dd>
                <DaysLeft days={clock.workingDaysLeft} />
              </dd>
            </div>
          </dl>
          <p className="muted">{t('clocks.started', { when: instant(clock.startedAt) })}</p>
          {clock.paused && (
            <p className="paused">
              {t('clocks.pausedSince', { when: instant(clock.paused.pausedAt), reason: term('status', clock.paused.reason) })}
              {clock.paused.explanation && <> — {clock.paused.explanation}</>}
            </p>
          )}
          {clock.moves.map((move) => (
            <p key={move.movedAt} className="moved-by-calendar">
              {t('clocks.moved', { from: instant(move.fromDueAt), to: instant(move.toDueAt) })} ({move.reason})
            </p>
          ))}
        </article>
      ))}
    </section>
  );
}
