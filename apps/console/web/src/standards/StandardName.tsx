import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';
import { ZONE } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { standardTitle, type DeclaredStandard, type StandardTitle } from './standard-title';

/** Titles of standards in the person's language, from the declaration of services the API serves. */
export function useStandardTitle(): (id: string) => StandardTitle {
  const { locale } = useI18n();
  const declared = useQuery({
    queryKey: ['standards'],
    queryFn: () => apiGet<readonly DeclaredStandard[]>('/service-standards'),
    staleTime: 5 * 60_000,
  });
  const today = new Date().toLocaleDateString('en-CA', { timeZone: ZONE });
  return (id) => standardTitle(id, locale, declared.data, today);
}

/** A standard named by its title (marked English while only the English one exists). */
export function StandardName({ id }: { id: string }) {
  const title = useStandardTitle()(id);
  return <span lang={title.lang}>{title.text}</span>;
}
