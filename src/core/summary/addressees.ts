/**
 * Who a recommendation of section VII goes to, as one group however divisions typed it: "UBND tỉnh", "UBND Tỉnh",
 * "ubnd tỉnh", "Ủy ban nhân dân tỉnh" and "“UBND tỉnh”" are one addressee; so are "Sở KH&ĐT" and "Sở Kế hoạch và Đầu tư".
 */

/** Quotes a division may type around a name. */
const QUOTES = /["'“”‘’«»„]/g;

/**
 * Short forms of the province's bodies and of the departments' names, written out (lower case, "&" already "và").
 * A form not here keeps its own group: the report never guesses between two bodies.
 */
const LONG_FORMS: [string[], string][] = [
  [['ubnd'], 'ủy ban nhân dân'],
  [['hđnd'], 'hội đồng nhân dân'],
  [['kh và đt', 'khđt'], 'kế hoạch và đầu tư'],
  [['kh và cn', 'khcn'], 'khoa học và công nghệ'],
  [['tn và mt', 'tnmt'], 'tài nguyên và môi trường'],
  [['nn và ptnt', 'nnptnt'], 'nông nghiệp và phát triển nông thôn'],
  [['tt và tt', 'tttt'], 'thông tin và truyền thông'],
  [['gd và đt', 'gdđt'], 'giáo dục và đào tạo'],
  [['gtvt'], 'giao thông vận tải'],
  [['lđ-tb và xh', 'lđtbxh'], 'lao động - thương binh và xã hội'],
];

/** The key an addressee is grouped by: case, spacing, quotes, trailing punctuation, "uỷ"/"ủy" and short forms aside. */
export function addresseeKey(typed: string): string {
  const words = typed
    .normalize('NFC')
    .replace(QUOTES, ' ')
    .toLocaleLowerCase('vi')
    .replace(/uỷ/g, 'ủy')
    .replace(/\s*&\s*/g, ' và ')
    .replace(/^[\s.;,:!?…-]+|[\s.;,:!?…]+$/gu, '')
    .replace(/\s+/g, ' ');
  // Padded with spaces, so that a short form is replaced only as whole words.
  let key = ` ${words} `;
  for (const [shorts, long] of LONG_FORMS) for (const short of shorts) key = key.split(` ${short} `).join(` ${long} `);
  return key.trim();
}

/**
 * The addressee as the report heads its group: the form the most divisions typed (quotes and trailing punctuation
 * aside), a form starting with a capital before one that does not ("ubnd tỉnh"), on a tie the name written out
 * ("Sở Kế hoạch và Đầu tư" before "Sở KH&ĐT"), then the first typed.
 */
export function addresseeHeading(typedForms: string[]): string {
  const counts = new Map<string, number>();
  for (const typed of typedForms) {
    const form = typed
      .replace(QUOTES, ' ')
      .replace(/[\s.;,:!?…]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (form) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const capital = (form: string) => (/^\p{Lu}/u.test(form) ? 1 : 0);
  const rank = (form: string) => [capital(form), counts.get(form)!, form.length];
  let best = '';
  for (const form of counts.keys()) {
    const [a, b] = [rank(form), best ? rank(best) : [-1, -1, -1]];
    const i = a.findIndex((x, k) => x !== b[k]);
    if (i >= 0 && a[i] > b[i]) best = form;
  }
  return best;
}
