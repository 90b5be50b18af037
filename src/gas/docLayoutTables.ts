/**
 * The two borderless two-column tables of Decree 30: the heading block (agency on the left, national
 * title and date on the right) and the closing ("Nơi nhận" on the left, the signature on the right).
 * Their size is fixed, so the calls here do not depend on the report's data.
 */
import { ND30 } from '../core/summary/format';
import type { Closing, HeadingBlockLines } from '../core/summary/model';
import type { DocContext } from './docContext';
import { AGENCY_RULE_SHARE, MOTTO_RULE_SHARE, estimateTextWidthPt, writeRule } from './docRules';
import { type Look, styleParagraph, tightLook, writeParagraph } from './docStyle';

type Table = GoogleAppsScript.Document.Table;
type TableCell = GoogleAppsScript.Document.TableCell;

/** Empty lines between the signing authority and the signer's name, for the signature and seal. */
export const SIGNATURE_BLANK_LINES = 4;

/** A borderless table of `cells`, its left column `leftPercent` of the text width. */
function borderlessTable(ctx: DocContext, cells: string[][], leftPercent: number): Table {
  const table = ctx.body.appendTable(cells);
  ctx.stats.tables += 1;
  ctx.tables.push(null);
  table.setBorderWidth(0);
  const left = (ctx.page.textWidth * leftPercent) / 100;
  table.setColumnWidth(0, left);
  table.setColumnWidth(1, ctx.page.textWidth - left);
  return table;
}

/** The cell's first paragraph (appendTable wrote the cell's text into it) with its look. */
function firstParagraph(ctx: DocContext, cell: TableCell, look: Look): void {
  styleParagraph(ctx, cell.getChild(0).asParagraph(), look);
}

export function appendHeadingBlock(ctx: DocContext, h: HeadingBlockLines): void {
  const H = ND30.heading;
  const table = borderlessTable(
    ctx,
    [
      [h.parentAgency, h.nationalTitle],
      [h.number, h.placeDate],
    ],
    H.leftColumnPercent,
  );
  const agency = table.getCell(0, 0);
  firstParagraph(ctx, agency, tightLook(H.parentAgencyPt, 'center'));
  writeParagraph(ctx, agency, h.agency, tightLook(H.agencyPt, 'center', { bold: true }));
  writeRule(ctx, agency, AGENCY_RULE_SHARE * estimateTextWidthPt(h.agency, H.agencyPt, true));

  const nation = table.getCell(0, 1);
  firstParagraph(ctx, nation, tightLook(H.nationalTitlePt, 'center', { bold: true }));
  writeParagraph(ctx, nation, h.motto, tightLook(H.mottoPt, 'center', { bold: true }));
  writeRule(ctx, nation, MOTTO_RULE_SHARE * estimateTextWidthPt(h.motto, H.mottoPt, true));

  firstParagraph(ctx, table.getCell(1, 0), tightLook(H.numberPt, 'center'));
  firstParagraph(ctx, table.getCell(1, 1), tightLook(H.placeDatePt, 'center', { italic: true }));
}

export function appendClosing(ctx: DocContext, c: Closing): void {
  const [firstAuthority = '', ...moreAuthority] = c.authority.map((line) => line.toUpperCase());
  const table = borderlessTable(ctx, [[c.recipientsLabel, firstAuthority]], ND30.heading.leftColumnPercent);

  const recipients = table.getCell(0, 0);
  firstParagraph(ctx, recipients, tightLook(ND30.recipientsLabelPt, 'left', { bold: true, italic: true }));
  for (const line of c.recipients) writeParagraph(ctx, recipients, line, tightLook(ND30.recipientsPt, 'left'));

  const signature = table.getCell(0, 1);
  const authorityLook = tightLook(ND30.signaturePt, 'center', { bold: true });
  firstParagraph(ctx, signature, authorityLook);
  for (const line of moreAuthority) writeParagraph(ctx, signature, line, authorityLook);
  for (let i = 0; i < SIGNATURE_BLANK_LINES; i++) writeParagraph(ctx, signature, '', tightLook(ND30.signaturePt, 'center'));
  writeParagraph(ctx, signature, c.signerName, authorityLook);
}
