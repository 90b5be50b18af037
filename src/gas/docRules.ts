/**
 * The short solid lines of Decree 30 (under the agency, the motto and the subject). Docs has no
 * drawn line that DocumentApp can place, so a line is a centred paragraph of box-drawing "─" set in
 * Courier New: a monospaced font whose glyphs are all 0.6 em wide (Docs shows it with a
 * metric-compatible font that has the box-drawing characters), so n characters at s pt are
 * n × 0.6 × s pt long and join into one line. Its length is measured against an estimate of the
 * text above it in Times New Roman.
 */
import { ND30 } from '../core/summary/format';
import type { DocContext } from './docContext';
import { tightLook, writeParagraph } from './docStyle';

export const RULE_CHAR = '─';
export const RULE_FONT = 'Courier New';
/** Small, so the line sits close under the text. */
export const RULE_FONT_PT = 8;
const RULE_GLYPH_EM = 0.6;

/** Decree 30: the line under the agency is 1/3 to 1/2 of the text; we take the middle. */
export const AGENCY_RULE_SHARE = 0.4;
/** The line under the motto is as long as the motto. */
export const MOTTO_RULE_SHARE = 1;
/** "A short line" under the subject: a third of the subject's width (at most of one line). */
export const SUBJECT_RULE_SHARE = 1 / 3;

/** Advance widths in em of Times New Roman, by kind of character (close enough to size a line). */
function glyphEm(ch: string): number {
  if (ch === ' ') return 0.25;
  const base = ch.normalize('NFD')[0].replace('Đ', 'D').replace('đ', 'd');
  if (/[0-9]/.test(base)) return 0.5;
  if (/[IJ]/.test(base)) return 0.36;
  if (/[MW]/.test(base)) return 0.9;
  if (/[A-Z]/.test(base)) return 0.7;
  if (/[ijl]/.test(base)) return 0.28;
  if (/[ftr]/.test(base)) return 0.34;
  if (/[mw]/.test(base)) return 0.75;
  if (/[a-z]/.test(base)) return 0.48;
  if (/[.,:;]/.test(base)) return 0.25;
  if (/[-/()]/.test(base)) return 0.33;
  return 0.5;
}

/** Estimated width in points of `text` set in Times New Roman at `sizePt`. */
export function estimateTextWidthPt(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += glyphEm(ch);
  return em * sizePt * (bold ? 1.05 : 1);
}

/** A line about `widthPt` long. */
export function ruleText(widthPt: number): string {
  return RULE_CHAR.repeat(Math.max(1, Math.round(widthPt / (RULE_GLYPH_EM * RULE_FONT_PT))));
}

/** Appends a centred line about `widthPt` long to the body or a table cell. */
export function writeRule(ctx: DocContext, container: { appendParagraph(text: string): GoogleAppsScript.Document.Paragraph }, widthPt: number, spaceAfter = 0): void {
  writeParagraph(ctx, container, ruleText(widthPt), tightLook(RULE_FONT_PT, 'center', { font: RULE_FONT, spaceAfter }));
}

/** The width of the subject's line: a share of the subject, at most of the text width. */
export function subjectRuleWidth(subject: string, textWidthPt: number): number {
  return SUBJECT_RULE_SHARE * Math.min(estimateTextWidthPt(subject, ND30.subjectPt, true), textWidthPt);
}
