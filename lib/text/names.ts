// How Mend addresses people by first name, in pages and emails alike. Pure (safe in the browser).

const HONORIFICS = /^(dr|mr|mrs|ms|mx|prof)\.?$/i;

/**
 * "Dr. Riley Morgan" → "Riley"; "Alex Rivera" → "Alex". A name with no word in it gives `whenEmpty`
 * (emails greet "Hi there,").
 */
export function firstName(name: string, whenEmpty = ""): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words.length > 1 && HONORIFICS.test(words[0]!) ? words[1] : words[0];
  return first || whenEmpty;
}
