// Intl.DateTimeFormat objects, made once per locale and options and reused. Creating one costs far
// more than formatting with it (tens of microseconds, more with a time zone); a page that labels 25
// assignments made ~175 of them per request, ~10% of the client home page's server CPU (measured,
// docs/performance.md). Formatters are immutable, so sharing them is safe. Pure.

const cache = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED = 500; // distinct (locale, options) pairs: a handful per time zone in use

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    if (cache.size >= MAX_CACHED) cache.clear();
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}
