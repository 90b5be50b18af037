/** Which division a leadership comment is about, from the text it quotes. */
import fc from 'fast-check';
import { DivisionTexts, matchQuote } from '../../../src/core/comments/matchDivision';
import { textKey } from '../../../src/core/text';

const WORDS = ['nhiệm vụ', 'khoa học', 'công nghệ', 'chậm', 'tiến độ', 'đo lường', 'chất lượng', 'kiểm tra', 'thị trường', 'hỗ trợ', 'doanh nghiệp', 'đổi mới', 'sáng tạo', 'ứng dụng', 'năm 2024', 'kinh phí'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((w) => w.join(' '));
const divisions = fc.uniqueArray(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 6 }).map((lists) => lists.map((texts, i): DivisionTexts => ({ name: `Phòng ${i + 1}`, texts })));

/** How a quote may differ from the tab: decomposed letters (Unicode tổ hợp), doubled or no-break spaces, capitals. */
function asTheDocShowsIt(text: string, variant: number): string {
  if (variant === 1) return text.normalize('NFD');
  if (variant === 2) return text.replace(/ /g, '  ');
  if (variant === 3) return text.replace(/ /g, '\u00a0').toLocaleUpperCase('vi');
  return text;
}

const inText = (texts: string[], quote: string) => texts.some((t) => textKey(t).includes(textKey(quote)));

test('a quote taken from any item text of one division matches that division, however it is spaced or composed', () => {
  fc.assert(
    fc.property(divisions, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), (ds, di, ti, from, len, variant) => {
      const d = ds[di % ds.length];
      const words = d.texts[ti % d.texts.length].split(' ');
      const start = from % words.length;
      const quote = words.slice(start, start + 1 + (len % (words.length - start))).join(' ');
      fc.pre(!ds.some((o) => o !== d && inText(o.texts, quote)));
      expect(matchQuote(asTheDocShowsIt(quote, variant), ds)).toBe(d.name);
    }),
  );
});

test('a quote common to two divisions, or in nobody’s text, goes to the Office', () => {
  fc.assert(
    fc.property(divisions, sentence, fc.nat(), fc.nat(), (ds, shared, a, b) => {
      const i = a % ds.length;
      const j = (i + 1 + (b % (ds.length - 1))) % ds.length;
      const withShared = ds.map((d, k) => (k === i || k === j ? { ...d, texts: [...d.texts, `${shared} tại tỉnh`] } : d));
      expect(matchQuote(`${shared} tại tỉnh`, withShared)).toBeNull();
      expect(matchQuote('Độc lập - Tự do - Hạnh phúc', ds)).toBeNull();
      expect(matchQuote('   ', ds)).toBeNull();
    }),
  );
});

const qlkh: DivisionTexts = {
  name: 'Phòng Quản lý khoa học',
  texts: ['Phòng Quản lý khoa học', 'Một số nhiệm vụ khoa học và công nghệ chậm tiến độ, phải điều chỉnh, gia hạn thời gian thực hiện', 'Thời tiết bất thường ảnh hưởng đến các mô hình nông nghiệp', 'Khách quan'],
};
const tdc: DivisionTexts = {
  name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
  texts: ['Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Việc kiểm tra đo lường tại chợ, cơ sở kinh doanh nhỏ lẻ chưa được thực hiện thường xuyên', 'Khách quan'],
};

test('a quote running across the report’s own wording still finds the division', () => {
  expect(matchQuote('gia hạn thời gian thực hiện. Nguyên nhân: thời tiết bất thường', [qlkh, tdc])).toBe('Phòng Quản lý khoa học');
});

test('a whole bullet line, with the division named and a value another division also chose, is the named division’s', () => {
  expect(matchQuote('- Phòng Quản lý khoa học: Một số nhiệm vụ khoa học và công nghệ chậm tiến độ, phải điều chỉnh, gia hạn thời gian thực hiện (Khách quan).', [qlkh, tdc])).toBe('Phòng Quản lý khoa học');
});

test('a value both divisions chose, alone, is nobody’s in particular', () => {
  expect(matchQuote('khách quan', [qlkh, tdc])).toBeNull();
});

test('a quote over two lines of the same division is that division’s', () => {
  expect(matchQuote('Việc kiểm tra đo lường tại chợ\ncơ sở kinh doanh nhỏ lẻ', [qlkh, tdc])).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
});
