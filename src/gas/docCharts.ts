/**
 * Chart blocks: a horizontal bar chart drawn by the Charts service and inserted as a PNG image,
 * centred, as wide as most of the text column. Without the Charts service, with nothing to draw, or
 * when drawing fails, the block's fallback sentence is written instead (and the stats say why).
 */
import { ND30 } from '../core/summary/format';
import type { ChartBlock } from '../core/summary/model';
import { type DocContext, addNote } from './docContext';
import { bodyLook, lookAttributes, tightLook, writeParagraph } from './docStyle';

/** Points to pixels (96 dpi screen pixels: Docs sizes images in pixels). */
const PX_PER_PT = 96 / 72;
/** Share of the text width the chart takes. */
const CHART_WIDTH_SHARE = 0.9;
const CHART_BAR_PX = 40;
const CHART_FRAME_PX = 90;
const CHART_MIN_HEIGHT_PX = 180;
const CHART_COLOR = '#1f3864';

function chartSize(ctx: DocContext, bars: number): { width: number; height: number } {
  const width = Math.round(ctx.page.textWidth * PX_PER_PT * CHART_WIDTH_SHARE);
  return { width, height: Math.max(CHART_MIN_HEIGHT_PX, CHART_FRAME_PX + CHART_BAR_PX * bars) };
}

function drawBarChart(charts: GoogleAppsScript.Charts.Charts, block: ChartBlock, size: { width: number; height: number }): GoogleAppsScript.Base.Blob {
  const data = charts.newDataTable().addColumn(charts.ColumnType.STRING, '').addColumn(charts.ColumnType.NUMBER, block.title);
  for (const bar of block.bars) data.addRow([bar.label, bar.value]);
  const max = Math.max(1, ...block.bars.map((b) => b.value));
  return charts
    .newBarChart()
    .setDataTable(data)
    .setTitle(block.title)
    .setDimensions(size.width, size.height)
    .setLegendPosition(charts.Position.NONE)
    .setRange(0, max)
    .setColors([CHART_COLOR])
    .setOption('fontName', ND30.font)
    .build()
    .getAs('image/png');
}

function writeFallback(ctx: DocContext, block: ChartBlock, why: string): void {
  writeParagraph(ctx, ctx.body, block.fallback, bodyLook());
  addNote(ctx, 'chartAsText', `"${block.title}": ${why}`);
}

export function appendChart(ctx: DocContext, block: ChartBlock): void {
  if (!ctx.charts) return writeFallback(ctx, block, 'the Charts service is not available');
  if (!block.bars.length) return writeFallback(ctx, block, 'no bars to draw');
  const size = chartSize(ctx, block.bars.length);
  let png: GoogleAppsScript.Base.Blob;
  try {
    png = drawBarChart(ctx.charts, block, size);
  } catch (e) {
    // A chart is a picture of numbers the text already gives: a Charts failure must not lose the report.
    const message = e !== null && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);
    return writeFallback(ctx, block, `the Charts service failed (${message})`);
  }
  const image = ctx.body.appendImage(png);
  image.setWidth(size.width).setHeight(size.height);
  image.getParent().setAttributes(lookAttributes(ctx.app, tightLook(ND30.bodyPt, 'center', { spaceAfter: ND30.spaceAfterPt })));
  ctx.stats.charts += 1;
}
