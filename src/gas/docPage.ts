/**
 * The page of the summary Doc: A4 portrait with the margins of Decree 30, in points, and the body's
 * default text (Times New Roman, body size, black).
 *
 * Google Docs has one page setup per document: it cannot turn some pages to landscape (the wide
 * appendix table) nor number pages from the second one, as Decree 30 asks. The .docx renderer does
 * both; the Google Doc keeps portrait pages without numbers.
 */
import { ND30, mmToPt } from '../core/summary/format';

export const BLACK = '#000000';

export interface PageGeometry {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Width between the side margins: what tables and images may take. */
  textWidth: number;
}

export function nd30Page(): PageGeometry {
  const width = mmToPt(ND30.page.widthMm);
  const marginLeft = mmToPt(ND30.marginsMm.left);
  const marginRight = mmToPt(ND30.marginsMm.right);
  return {
    width,
    height: mmToPt(ND30.page.heightMm),
    marginTop: mmToPt(ND30.marginsMm.top),
    marginBottom: mmToPt(ND30.marginsMm.bottom),
    marginLeft,
    marginRight,
    textWidth: width - marginLeft - marginRight,
  };
}

/** Page size and margins, then the body's default text attributes. */
export function setUpPage(body: GoogleAppsScript.Document.Body, app: GoogleAppsScript.Document.DocumentApp, page: PageGeometry): void {
  body.setPageWidth(page.width);
  body.setPageHeight(page.height);
  body.setMarginTop(page.marginTop);
  body.setMarginBottom(page.marginBottom);
  body.setMarginLeft(page.marginLeft);
  body.setMarginRight(page.marginRight);
  const base: Record<string, unknown> = {};
  base[app.Attribute.FONT_FAMILY] = ND30.font;
  base[app.Attribute.FONT_SIZE] = ND30.bodyPt;
  base[app.Attribute.FOREGROUND_COLOR] = BLACK;
  body.setAttributes(base);
}
