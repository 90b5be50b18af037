/** Rules for any text a division could type into a cell, as the report's sentences place it. */
import fc from 'fast-check';
import { addresseeKey } from '../../src/core/summary/addressees';
import { capitalIsSentenceStart, lowerStart, typedParts } from '../../src/core/summary/typedText';
import { asSentence, clause, typedWhenInText } from '../../src/core/summary/wording';
import { blockText, sectionTexts, summaryOf } from './reportText';

const lowerWords = ['kinh', 'phí', 'chậm', 'được', 'cấp', 'thực', 'hiện', 'tiến', 'độ', 'hồ', 'sơ', 'rà', 'soát', 'đúng', 'hạn', 'và', 'các', 'nhiệm', 'vụ'];
const names = ['Sở', 'Tài', 'Chính', 'Hà', 'Nội', 'Bắc', 'Giang', 'UBND', 'KH&CN', 'Thông', 'Tin', 'Đo', 'Lường'];
const ordinaryStarts = ['Thường', 'Đẩy', 'Tăng', 'Kinh', 'Chậm', 'Rà', 'Tập', 'Hoàn', 'Đã', 'Có', 'Khó', 'Do', 'Thiếu', 'Ước'];
const lower = fc.constantFrom(...lowerWords);
const anyWord = fc.oneof(lower, fc.constantFrom(...names));
const bullet = fc.constantFrom('', '- ', '+ ', '• ', '  -', '* ');
const ending = fc.constantFrom('', '.', ';', ',', '?', '!', ':', '...', '…', '.;', ' . ');
const line = fc.tuple(bullet, fc.array(anyWord, { minLength: 0, maxLength: 6 }), ending).map(([b, ws, e]) => `${b}${ws.join(' ')}${e}`);
/** A cell as people fill it: lines, bullets, punctuation, blank lines, Windows line ends. */
const typed = fc.tuple(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\n\n', '\u2028')).map(([lines, br]) => lines.join(br));

/** What must never be read in a sentence of the report. */
const BROKEN = /: \.|: ;|: ,|^: |; ;|;;|\.;|\?;|!;|:;|,;|\.\.(?!\.)|[-+•] [-+•] |[\r\n\u2028]|\s[.;,]|: *$|^[.;,]/m;

test('for any typed texts, a sentence built from them has no broken punctuation, no empty item and no line break', () => {
  fc.assert(
    fc.property(typed, typed, typed, (main, when, note) => {
      const start = asSentence(main) || 'Nhiệm vụ chưa nêu cụ thể';
      const due = typedWhenInText(when);
      const remark = clause(note);
      const sentence = `${start}${due ? `; thời gian hoàn thành: ${due}` : ''}${remark ? `; ${remark}` : ''}.`;
      expect(sentence).not.toMatch(BROKEN);
      for (const part of typedParts(main)) expect(part).not.toBe('');
    }),
  );
});

test('for any typed text, the words after the first keep their capitals, and the first letter changes only its case', () => {
  fc.assert(
    fc.property(typed, (t) => {
      for (const out of [asSentence(t), clause(t)]) {
        const parts = typedParts(t);
        expect(out.split('; ').length).toBe(parts.length || 1);
        out.split('; ').forEach((said, i) => {
          if (!parts[i]) return;
          expect(said.slice(1)).toBe(parts[i].slice(1));
          expect(said.charAt(0).toLocaleLowerCase('vi')).toBe(parts[i].charAt(0).toLocaleLowerCase('vi'));
        });
      }
    }),
  );
});

test('a text whose words after an ordinary first word are lowercase is lowered mid-sentence; one whose second word is capitalised keeps its capital', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ordinaryStarts), fc.array(lower, { maxLength: 6 }), (first, rest) => {
      const t = [first, ...rest].join(' ');
      expect(lowerStart(t)).toBe(`${first.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}`);
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom(...ordinaryStarts, 'Sở', 'Bộ', 'Trung', 'Phòng'), fc.constantFrom('Tài', 'Khoa', 'Nội', 'UBND', 'Thông'), fc.array(anyWord, { maxLength: 5 }), (first, second, rest) => {
      const t = [first, second, ...rest].join(' ');
      expect(capitalIsSentenceStart(t)).toBe(false);
      expect(lowerStart(t)).toBe(t);
      expect(asSentence(t)).toBe(t);
    }),
  );
});

test("a body's name whose second word is lowercase keeps its capital; ordinary words before a name are lowered", () => {
  fc.assert(
    fc.property(fc.constantFrom('Trung tâm', 'Chi cục', 'Văn phòng', 'Thanh tra'), fc.constantFrom('Thông', 'Tiêu', 'Sở', 'Bắc'), fc.array(anyWord, { maxLength: 4 }), (head, name, rest) => {
      const t = [head, name, ...rest].join(' ');
      expect(lowerStart(t)).toBe(t);
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom('Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân', 'Hội đồng nhân dân tỉnh', 'Chính phủ'), fc.array(lower, { maxLength: 4 }), (name, rest) => {
      const t = [name, ...rest].join(' ');
      expect(lowerStart(t)).toBe(t);
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom('Phối hợp', 'Đề nghị', 'Tăng cường', 'Hướng dẫn'), fc.constantFrom('Bộ Chỉ huy', 'UBND tỉnh', 'Sở Tài chính'), (verb, name) => {
      expect(lowerStart(`${verb} ${name}`)).toBe(`${verb.charAt(0).toLocaleLowerCase('vi')}${verb.slice(1)} ${name}`);
    }),
  );
});

const uppercaseSome = (s: string, mask: boolean[]) => [...s].map((c, i) => (mask[i % mask.length] ? c.toLocaleUpperCase('vi') : c)).join('');

test('an addressee typed in any case, in quotes, with trailing punctuation or in its short form is one addressee', () => {
  const forms: [string, string[]][] = [
    ['UBND tỉnh', ['Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh']],
    ['Sở Kế hoạch và Đầu tư', ['Sở KH&ĐT', 'Sở KH & ĐT', 'Sở KHĐT', 'Sở Kế hoạch & Đầu tư']],
    ['HĐND tỉnh', ['Hội đồng nhân dân tỉnh']],
    ['Sở Tài chính', []],
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...forms),
      fc.nat(4),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
      fc.constantFrom('', '"', '“'),
      fc.constantFrom('', '.', ';', ' ', ':'),
      ([official, variants], pick, mask, quote, end) => {
        const chosen = [official, ...variants][pick % (variants.length + 1)];
        const close = quote === '“' ? '”' : quote;
        const typedForm = ` ${quote}${uppercaseSome(chosen, mask)}${close}${end}`;
        expect(addresseeKey(typedForm)).toBe(addresseeKey(official));
      },
    ),
  );
  expect(addresseeKey('Sở Tài chính')).not.toBe(addresseeKey('Sở Kế hoạch và Đầu tư'));
  expect(addresseeKey('UBND tỉnh')).not.toBe(addresseeKey('HĐND tỉnh'));
});

test('for any rows a division types in sections II–V and VII, no sentence of the report is broken', () => {
  const text = fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 3, arbitrary: typed });
  fc.assert(
    fc.property(text, text, text, text, text, text, (a, b, c, d, e, f) => {
      const doc = summaryOf({
        'Văn phòng Sở': {
          II: [{ shortcoming: a, cause: b, causeType: 'Chủ quan', lesson: c }],
          III: [{ task: b, dueBy: d, remark: e }],
          IV: [{ task: c, document: '1400/QĐ-UBND', deadline: '2024-03-31', result: f, status: 'Chưa thực hiện' }],
          VI: [{ target: d, document: '43/NQ-HĐND', goal: '', estimate: '', rating: 'Khó hoàn thành', explanation: a }],
          VII: [{ content: e, addressee: f }],
        },
      });
      const items = doc.body.filter((block) => block.kind === 'paragraph').map(blockText);
      for (const sentence of items.filter((l) => /^[-+] /.test(l))) expect({ sentence, broken: BROKEN.test(sentence.slice(2)) }).toEqual({ sentence, broken: false });
      // Every row typed with words in its main cell is said in its section.
      if (asSentence(b)) expect(sectionTexts(doc).get('III')).toContain(asSentence(b));
    }),
    { numRuns: 40 },
  );
});
