/** A section ends on its own last paragraph, so a section whose text fills its page is not followed by a blank page. */
import { foldSectionBreaks } from '../../src/render/sectionBreaks';
import { renderDocx } from '../../src/render/renderDocx';
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, sampleFor } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import { form, settings } from '../core/tabs';
import { bodyElements, readDocx, sectionContents, text } from './docxReader';

const SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

test('the properties of a section move into its last paragraph, keeping what that paragraph had', () => {
  expect(foldSectionBreaks(`<w:body><w:p><w:r><w:t>Tổng hợp</w:t></w:r></w:p><w:p><w:pPr>${SECT}</w:pPr></w:p><w:p/></w:body>`)).toBe(
    `<w:body><w:p><w:pPr>${SECT}</w:pPr><w:r><w:t>Tổng hợp</w:t></w:r></w:p><w:p/></w:body>`,
  );
  expect(foldSectionBreaks(`<w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr>${SECT}</w:pPr></w:p>`)).toBe(
    `<w:p><w:pPr><w:pStyle w:val="H2"/>${SECT}</w:pPr><w:r><w:t>a</w:t></w:r></w:p>`,
  );
});

test('after a table the section keeps its own paragraph: a table must be followed by one', () => {
  const xml = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:pPr>${SECT}</w:pPr></w:p>`;
  expect(foldSectionBreaks(xml)).toBe(xml);
});

test('in the sample report no empty paragraph carries a section break after text', async () => {
  const reports = settings.divisions.map((d) => buildDivisionReport(d, filledDivisionGrid(form, settings, d, sampleFor(d)), form, { today: '2024-06-27' }));
  const read = await readDocx(renderDocx(buildSummary(reports, settings, form, { now: '2024-06-27T16:05' })));
  const blocks = bodyElements(read);
  const sections = sectionContents(read);
  expect(sections).toHaveLength(4);
  for (const { elements } of sections.slice(0, -1)) {
    const last = elements[elements.length - 1];
    if (text(last) === '') expect(blocks[blocks.indexOf(last) - 1].localName).toBe('tbl');
  }
  // Section I's overview ends the first page's section, in the same paragraph as the break.
  const first = sections[0].elements;
  expect(text(first[first.length - 1])).toMatch(/^Tổng hợp 50 chỉ tiêu của 9 phòng, đơn vị/);
});
