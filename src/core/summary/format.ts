/** Decree 30/2020/NĐ-CP, Appendix I: the figures every renderer of the summary uses. */
export const ND30 = {
  font: 'Times New Roman',
  page: { widthMm: 210, heightMm: 297 },
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  heading: {
    /** Share of the text width taken by the left column of the heading block. */
    leftColumnPercent: 40,
    parentAgencyPt: 13,
    agencyPt: 13,
    nationalTitlePt: 12,
    mottoPt: 13,
    numberPt: 13,
    placeDatePt: 14,
  },
  documentTypePt: 14,
  subjectPt: 14,
  bodyPt: 14,
  headingPt: 14,
  firstLineIndentCm: 1.27,
  spaceAfterPt: 6,
  lineSpacing: 1.15,
  tablePt: 12,
  recipientsLabelPt: 12,
  recipientsPt: 11,
  signaturePt: 14,
  pageNumberPt: 13,
  appendixLabelPt: 14,
} as const;

export const MM_PER_PT = 25.4 / 72;

export function mmToPt(mm: number): number {
  return mm / MM_PER_PT;
}
