/**
 * The time on a site's clock. WordPress takes a scheduled post's `date` in the site's own time
 * zone, so the interface offers and checks dates on that clock, not the workstation's.
 */

/** `now` as 'YYYY-MM-DDTHH:mm' on the site's clock: by IANA zone when known, else by its UTC offset in hours. */
export function siteLocalTime(site: { timezone: string; gmtOffset: number }, now: Date): string {
  if (site.timezone) {
    try {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone: site.timezone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(now);
      const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((item) => item.type === type)?.value ?? '00';
      return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
    } catch {
      // An unknown zone name: fall back to the offset.
    }
  }
  return new Date(now.getTime() + site.gmtOffset * 3_600_000).toISOString().slice(0, 16);
}
