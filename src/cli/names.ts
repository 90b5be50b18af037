/** Comparing names people type: sheet names, file names and titles, whatever their case, accents or punctuation. */
import { cleanText } from '../core/text';

/** Lower case, without diacritics (đ → d), spaces collapsed: "Chi cục TĐC" → "chi cuc tdc". */
export function nameKey(text: string): string {
  return cleanText(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Letters and digits only: "QLCN&TT" and "qlcn-tt" both become "qlcntt". */
export function slugKey(text: string): string {
  return nameKey(text).replace(/[^a-z0-9]/g, '');
}

/** An ASCII file name for a title: "Báo cáo tổng hợp (bản 1)" → "bao-cao-tong-hop-ban-1". */
export function fileSlug(text: string): string {
  return nameKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
