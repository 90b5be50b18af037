/**
 * Charts service fake: data tables and chart builders that record what was asked for, and charts
 * whose getAs('image/png') / getBlob() give a PNG blob the DocumentApp fake accepts in appendImage.
 * Every built chart is kept in `charts` (type, title, columns, rows, size, options) for tests.
 * A data row must have one value per column, of the column's type (as Google Charts requires).
 */
import { CallCounter, GasException, counted, createCallCounter, signatureError, unwrap } from './callCounter';

function enumOf<K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

export const ChartType = enumOf(['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL'] as const);
export const ColumnType = enumOf(['DATE', 'NUMBER', 'STRING'] as const);
export const Position = enumOf(['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const);
export const CurveStyle = enumOf(['NORMAL', 'SMOOTH'] as const);
export const PointStyle = enumOf(['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'] as const);
export const ChartHiddenDimensionStrategy = enumOf(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'] as const);
export const ChartMergeStrategy = enumOf(['MERGE_COLUMNS', 'MERGE_ROWS'] as const);

export interface ChartRecord {
  type: keyof typeof ChartType;
  title: string | null;
  columns: { type: keyof typeof ColumnType; label: string }[];
  rows: unknown[][];
  /** Pixels, from setDimensions (Google's default 600 × 400 otherwise). */
  width: number;
  height: number;
  legendPosition: string | null;
  range: [number, number] | null;
  colors: string[] | null;
  options: Record<string, unknown>;
  /** Every other setter called, by name, with its arguments. */
  settings: Record<string, unknown[]>;
}

export interface ChartsFakeOptions {
  /** Share a counter with other fakes. */
  calls?: CallCounter;
  /** Make getAs throw (a Charts outage), to test fallbacks. */
  failRendering?: boolean;
}

export interface ChartsFake {
  /** The Charts global. */
  Charts: GoogleAppsScript.Charts.Charts;
  calls: CallCounter;
  /** Every chart built, in order. */
  charts: ChartRecord[];
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A Blob of a rendered chart; `width`/`height` (pixels) tell the DocumentApp fake the image size. */
export class FakeChartBlob {
  constructor(readonly chart: ChartRecord, private name: string | null, private readonly contentType: string, private readonly calls: CallCounter) {}
  get width(): number {
    return this.chart.width;
  }
  get height(): number {
    return this.chart.height;
  }
  getContentType(): string {
    return this.contentType;
  }
  getBytes(): number[] {
    return [...PNG_SIGNATURE];
  }
  getDataAsString(): string {
    return String.fromCharCode(...PNG_SIGNATURE);
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: unknown): FakeChartBlob {
    if (typeof name !== 'string') throw signatureError([name], 'Blob.setName');
    this.name = name;
    return counted(this, 'Blob', this.calls);
  }
  getBlob(): FakeChartBlob {
    return counted(this, 'Blob', this.calls);
  }
  getAs(contentType: unknown): FakeChartBlob {
    if (contentType !== 'image/png') throw new GasException(`Converting from ${this.contentType} to ${String(contentType)} is not supported.`);
    return counted(new FakeChartBlob(this.chart, this.name, 'image/png', this.calls), 'Blob', this.calls);
  }
  copyBlob(): FakeChartBlob {
    return counted(new FakeChartBlob(this.chart, this.name, this.contentType, this.calls), 'Blob', this.calls);
  }
}

class FakeDataTable {
  constructor(readonly columns: ChartRecord['columns'], readonly rows: unknown[][]) {}
  getNumberOfRows(): number {
    return this.rows.length;
  }
  getNumberOfColumns(): number {
    return this.columns.length;
  }
  getColumnLabel(i: number): string {
    return this.columns[i]?.label ?? '';
  }
  getColumnType(i: number): string | null {
    return this.columns[i]?.type ?? null;
  }
  getValue(r: number, c: number): unknown {
    return this.rows[r]?.[c] ?? null;
  }
  getDataTable(): FakeDataTable {
    return this;
  }
}

class FakeDataTableBuilder {
  private readonly columns: ChartRecord['columns'] = [];
  private readonly rows: unknown[][] = [];
  constructor(private readonly calls: CallCounter) {}
  private self(): FakeDataTableBuilder {
    return counted(this, 'DataTableBuilder', this.calls);
  }
  addColumn(type: unknown, label: unknown): FakeDataTableBuilder {
    if (!(String(type) in ColumnType) || typeof label !== 'string') throw signatureError([type, label], 'Charts.DataTableBuilder.addColumn');
    if (this.rows.length) throw new GasException('Columns must be added before rows.');
    this.columns.push({ type: String(type) as keyof typeof ColumnType, label });
    return this.self();
  }
  addRow(values: unknown): FakeDataTableBuilder {
    if (!Array.isArray(values)) throw signatureError([values], 'Charts.DataTableBuilder.addRow');
    if (values.length !== this.columns.length) throw new GasException(`Row has ${values.length} values but the table has ${this.columns.length} columns.`);
    values.forEach((v, i) => {
      const type = this.columns[i].type;
      const ok = type === 'NUMBER' ? typeof v === 'number' : type === 'STRING' ? typeof v === 'string' : Object.prototype.toString.call(v) === '[object Date]';
      if (!ok) throw new GasException(`Value ${String(v)} in column ${i} is not of type ${type}.`);
    });
    this.rows.push([...values]);
    return this.self();
  }
  setValue(row: number, column: number, value: unknown): FakeDataTableBuilder {
    if (!this.rows[row] || column >= this.columns.length) throw new GasException(`No cell (${row}, ${column}).`);
    this.rows[row][column] = value;
    return this.self();
  }
  build(): FakeDataTable {
    return counted(new FakeDataTable([...this.columns], this.rows.map((r) => [...r])), 'DataTable', this.calls);
  }
  /** For setDataTable(builder): the table as it is now. */
  _snapshot(): FakeDataTable {
    return new FakeDataTable([...this.columns], this.rows.map((r) => [...r]));
  }
}

class FakeTextStyleBuilder {
  private readonly style: Record<string, unknown> = {};
  constructor(private readonly calls: CallCounter) {}
  setColor(css: unknown): FakeTextStyleBuilder {
    this.style.color = css;
    return counted(this, 'TextStyleBuilder', this.calls);
  }
  setFontName(name: unknown): FakeTextStyleBuilder {
    this.style.fontName = name;
    return counted(this, 'TextStyleBuilder', this.calls);
  }
  setFontSize(size: unknown): FakeTextStyleBuilder {
    this.style.fontSize = size;
    return counted(this, 'TextStyleBuilder', this.calls);
  }
  build(): Record<string, unknown> {
    return { ...this.style };
  }
}

class FakeChart {
  constructor(readonly record: ChartRecord, private readonly calls: CallCounter, private readonly failRendering: boolean) {}
  getAs(contentType: unknown): FakeChartBlob {
    if (this.failRendering) throw new GasException('Service error: Charts');
    if (contentType !== 'image/png') throw new GasException(`Converting from chart to ${String(contentType)} is not supported.`);
    return counted(new FakeChartBlob(this.record, null, 'image/png', this.calls), 'Blob', this.calls);
  }
  getBlob(): FakeChartBlob {
    return this.getAs('image/png');
  }
  getOptions(): Record<string, unknown> {
    return { ...this.record.options };
  }
}

/** One builder for every chart type: the setters the typings list, recorded. */
class FakeChartBuilder {
  private table: FakeDataTable | null = null;
  private readonly record: Omit<ChartRecord, 'columns' | 'rows'>;
  constructor(type: keyof typeof ChartType, private readonly typeName: string, private readonly fake: { calls: CallCounter; charts: ChartRecord[]; failRendering: boolean }) {
    this.record = { type, title: null, width: 600, height: 400, legendPosition: null, range: null, colors: null, options: {}, settings: {} };
  }
  private self(): FakeChartBuilder {
    return counted(this, this.typeName, this.fake.calls);
  }
  private note(name: string, args: unknown[]): FakeChartBuilder {
    this.record.settings[name] = args;
    return this.self();
  }
  setDataTable(table: unknown): FakeChartBuilder {
    const raw = unwrap(table) as unknown;
    if (raw instanceof FakeDataTableBuilder) this.table = raw._snapshot();
    else if (raw instanceof FakeDataTable) this.table = raw;
    else throw signatureError([table], `Charts.${this.typeName}.setDataTable`);
    return this.self();
  }
  setTitle(title: unknown): FakeChartBuilder {
    if (typeof title !== 'string') throw signatureError([title], `Charts.${this.typeName}.setTitle`);
    this.record.title = title;
    return this.self();
  }
  setDimensions(width: unknown, height: unknown): FakeChartBuilder {
    if (typeof width !== 'number' || typeof height !== 'number' || width <= 0 || height <= 0) throw signatureError([width, height], `Charts.${this.typeName}.setDimensions`);
    this.record.width = width;
    this.record.height = height;
    return this.self();
  }
  setLegendPosition(position: unknown): FakeChartBuilder {
    if (!(String(position) in Position)) throw signatureError([position], `Charts.${this.typeName}.setLegendPosition`);
    this.record.legendPosition = String(position);
    return this.self();
  }
  setRange(start: unknown, end: unknown): FakeChartBuilder {
    if (typeof start !== 'number' || typeof end !== 'number') throw signatureError([start, end], `Charts.${this.typeName}.setRange`);
    this.record.range = [start, end];
    return this.self();
  }
  setColors(colors: unknown): FakeChartBuilder {
    if (!Array.isArray(colors)) throw signatureError([colors], `Charts.${this.typeName}.setColors`);
    this.record.colors = colors.map(String);
    return this.self();
  }
  setOption(option: unknown, value: unknown): FakeChartBuilder {
    if (typeof option !== 'string') throw signatureError([option, value], `Charts.${this.typeName}.setOption`);
    this.record.options[option] = value;
    return this.self();
  }
  setBackgroundColor(...args: unknown[]): FakeChartBuilder {
    return this.note('setBackgroundColor', args);
  }
  setStacked(...args: unknown[]): FakeChartBuilder {
    return this.note('setStacked', args);
  }
  setXAxisTitle(...args: unknown[]): FakeChartBuilder {
    return this.note('setXAxisTitle', args);
  }
  setYAxisTitle(...args: unknown[]): FakeChartBuilder {
    return this.note('setYAxisTitle', args);
  }
  setTitleTextStyle(...args: unknown[]): FakeChartBuilder {
    return this.note('setTitleTextStyle', args);
  }
  setLegendTextStyle(...args: unknown[]): FakeChartBuilder {
    return this.note('setLegendTextStyle', args);
  }
  setXAxisTextStyle(...args: unknown[]): FakeChartBuilder {
    return this.note('setXAxisTextStyle', args);
  }
  setYAxisTextStyle(...args: unknown[]): FakeChartBuilder {
    return this.note('setYAxisTextStyle', args);
  }
  setXAxisTitleTextStyle(...args: unknown[]): FakeChartBuilder {
    return this.note('setXAxisTitleTextStyle', args);
  }
  setYAxisTitleTextStyle(...args: unknown[]): FakeChartBuilder {
    return this.note('setYAxisTitleTextStyle', args);
  }
  reverseCategories(): FakeChartBuilder {
    return this.note('reverseCategories', []);
  }
  reverseDirection(): FakeChartBuilder {
    return this.note('reverseDirection', []);
  }
  useLogScale(): FakeChartBuilder {
    return this.note('useLogScale', []);
  }
  set3D(): FakeChartBuilder {
    return this.note('set3D', []);
  }
  build(): FakeChart {
    if (!this.table) throw new GasException('The chart has no data table: call setDataTable first.');
    const record: ChartRecord = { ...this.record, columns: this.table.columns, rows: this.table.rows, options: { ...this.record.options }, settings: { ...this.record.settings } };
    this.fake.charts.push(record);
    return counted(new FakeChart(record, this.fake.calls, this.fake.failRendering), 'Chart', this.fake.calls);
  }
}

export function createChartsFake(options: ChartsFakeOptions = {}): ChartsFake {
  const calls = options.calls ?? createCallCounter();
  const charts: ChartRecord[] = [];
  const fake = { calls, charts, failRendering: options.failRendering ?? false };
  const builder = (type: keyof typeof ChartType, typeName: string) => counted(new FakeChartBuilder(type, typeName, fake), typeName, calls);
  const service = {
    ChartHiddenDimensionStrategy,
    ChartMergeStrategy,
    ChartType,
    ColumnType,
    CurveStyle,
    PointStyle,
    Position,
    newAreaChart: () => builder('AREA', 'AreaChartBuilder'),
    newBarChart: () => builder('BAR', 'BarChartBuilder'),
    newColumnChart: () => builder('COLUMN', 'ColumnChartBuilder'),
    newLineChart: () => builder('LINE', 'LineChartBuilder'),
    newPieChart: () => builder('PIE', 'PieChartBuilder'),
    newScatterChart: () => builder('SCATTER', 'ScatterChartBuilder'),
    newTableChart: () => builder('TABLE', 'TableChartBuilder'),
    newDataTable: () => counted(new FakeDataTableBuilder(calls), 'DataTableBuilder', calls),
    newTextStyle: () => counted(new FakeTextStyleBuilder(calls), 'TextStyleBuilder', calls),
  };
  return { Charts: counted(service, 'Charts', calls) as unknown as GoogleAppsScript.Charts.Charts, calls, charts };
}
