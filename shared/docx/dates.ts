// Dates in the document language ("March 2026", "12 mars 2026", "2026年3月12日"). The draft
// stores an ISO day; it is read as a calendar day (UTC) so no time zone can shift it.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(iso: string): Date | null {
  const match = ISO_DAY.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function format(iso: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = parseDay(iso);
  // A date the user typed in another form is kept as typed rather than dropped.
  if (!date) return iso.trim();
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

export function monthYear(iso: string, locale: string): string {
  return format(iso, locale, { month: 'long', year: 'numeric' });
}

export function fullDate(iso: string, locale: string): string {
  return format(iso, locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
