/** The summary as its reader sees it, section by section: for stories about what the report's sentences say. */
import { buildDivisionReport } from '../../src/core/divisionReport';
import { filledDivisionGrid, SampleDivision } from '../../src/core/sampleData';
import { buildSummary } from '../../src/core/summary/build';
import type { Block, SummaryDocument } from '../../src/core/summary/model';
import { form, settings } from './tabs';

export const today = '2024-06-27';

/** What a reader sees: no-break spaces and hyphens read as spaces and hyphens. */
export function seen(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\u2011/g, '-');
}

export function blockText(b: Block): string {
  if (b.kind === 'heading') return seen(b.text);
  if (b.kind === 'paragraph') return seen(b.runs.map((r) => r.text).join(''));
  if (b.kind === 'table') return seen([b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n'));
  return seen(b.fallback);
}

/** The summary of the given divisions, each with the sections it typed (by division name). */
export function summaryOf(typed: Record<string, SampleDivision>): SummaryDocument {
  const reports = Object.entries(typed).map(([name, sample]) => {
    const division = settings.divisions.find((d) => d.name === name)!;
    return buildDivisionReport(division, filledDivisionGrid(form, settings, division, sample), form, { today });
  });
  return buildSummary(reports, settings, form, { now: '2024-06-27T16:05' });
}

/** The body's text under each level-1 heading ("II" → its headings, paragraphs and tables, one a line); the closing sentence apart. */
export function sectionTexts(doc: SummaryDocument): Map<string, string> {
  const map = new Map<string, string>();
  let current = '';
  for (const b of doc.body) {
    if (b.kind === 'heading' && b.level === 1) current = b.text.split('.')[0];
    if (b.kind === 'paragraph' && blockText(b).startsWith('Trên đây là báo cáo')) current = 'closing';
    map.set(current, `${map.get(current) ?? ''}\n${blockText(b)}`);
  }
  return map;
}
