import type { ClockState } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/fr-CA';

/** A shape and a word for each state, so that colour is never the only signal. */
const LOOKS: Readonly<Record<ClockState | 'none', { key: MessageKey; mark: string; tone: string }>> = {
  running: { key: 'state.onTime', mark: '●', tone: 'ok' },
  warned: { key: 'state.warned', mark: '▲', tone: 'warn' },
  breached: { key: 'state.breached', mark: '✕', tone: 'bad' },
  paused: { key: 'state.paused', mark: 'Ⅱ', tone: 'muted' },
  met: { key: 'state.met', mark: '✓', tone: 'ok' },
  late: { key: 'state.late', mark: '✓', tone: 'warn' },
  cancelled: { key: 'state.cancelled', mark: '–', tone: 'muted' },
  none: { key: 'state.none', mark: '–', tone: 'muted' },
};

export function ClockBadge({ state }: { state: ClockState | null }) {
  const { t } = useI18n();
  const look = LOOKS[state ?? 'none'];
  return (
    <span className={`badge badge-${look.tone}`} data-state={state ?? 'none'}>
      <span aria-hidden="true">{look.mark}</span> {t(look.key)}
    </span>
  );
}

export function DaysLeft({ days }: { days: number | null | undefined }) {
  const { t, locale } = useI18n();
  if (days === null || days === undefined) return <>{t('daysLeft.none')}</>;
  const text = new Intl.NumberFormat(locale).format(Math.abs(days));
  return <>{days < 0 ? t('daysLeft.overdue', { days: text }) : text}</>;
}
