/** The title under the heading block: "BÁO CÁO", the subject line, a short line under it. */
import { ND30 } from '../core/summary/format';
import type { DocContext } from './docContext';
import { subjectRuleWidth, writeRule } from './docRules';
import { tightLook, writeParagraph } from './docStyle';

/** Space between the heading block and "BÁO CÁO", and under the subject's line. */
const TITLE_SPACE_PT = 12;

export function appendTitle(ctx: DocContext, documentType: string, subject: string): void {
  writeParagraph(ctx, ctx.body, documentType.toUpperCase(), tightLook(ND30.documentTypePt, 'center', { bold: true, spaceBefore: TITLE_SPACE_PT }));
  writeParagraph(ctx, ctx.body, subject, tightLook(ND30.subjectPt, 'center', { bold: true }));
  writeRule(ctx, ctx.body, subjectRuleWidth(subject, ctx.page.textWidth), TITLE_SPACE_PT);
}
