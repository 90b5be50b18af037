/** The synchronous pack writes the same package as docx's own (asynchronous) Packer. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { docxParts, packDocx } from '../../src/render/packDocx';

const sample = () =>
  new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun('Báo cáo tổng hợp: Độc lập - Tự do - Hạnh phúc')] })] }],
  });

async function partsOf(bytes: Uint8Array | ArrayBuffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  // The creation time in docProps/core.xml is when each Document was made.
  for (const name of Object.keys(zip.files).sort()) out[name] = (await zip.file(name)!.async('string')).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
  return out;
}

test('packDocx gives, without waiting, the parts Packer.toArrayBuffer zips', async () => {
  const ours = await partsOf(packDocx(sample()));
  const theirs = await partsOf(await Packer.toArrayBuffer(sample()));
  expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  expect(ours).toEqual(theirs);
  expect(ours['word/document.xml']).toContain('Độc lập - Tự do - Hạnh phúc');
});

test('the parts come in the order Word expects, [Content_Types].xml among them', () => {
  const paths = [...docxParts(sample()).keys()];
  expect(paths).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
});
