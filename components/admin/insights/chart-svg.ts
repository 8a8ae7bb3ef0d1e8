// Bar charts drawn by Apache ECharts on the server, as SVG markup (its server-side rendering: no DOM, no script sent
// to the browser). Colours are the design tokens' CSS variables, so the chart follows the page's scheme. What
// ECharts adds for its own interactivity in a browser (hover styles, data-index attributes) is dropped: nothing
// here runs in the browser, and the chart's numbers are in the table beside it.
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, MarkLineComponent, SVGRenderer]);

export type ChartMark = { index: number; label: string };
export type BarChartData = {
  labels: string[];
  values: number[];
  /** Vertical lines at some bars (a story's publication, its updates). */
  marks?: ChartMark[];
  /** Show every n-th label on the time axis (all by default). */
  labelEvery?: number;
  width?: number;
  height?: number;
};

const token = (name: 'ink' | 'muted' | 'accent' | 'rule') => `var(--color-${name})`;

export function barChartSvg({ labels, values, marks = [], labelEvery = 1, width = 760, height = 240 }: BarChartData): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit', fontSize: 12, color: token('muted') },
      // The plot shrinks to leave room for the axis labels (ECharts 6's outer bounds; `containLabel` is deprecated).
      grid: { left: 8, right: 16, top: marks.length ? 28 : 12, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'category',
        data: labels,
        axisTick: { alignWithLabel: true, interval: labelEvery - 1 },
        axisLabel: { interval: labelEvery - 1, color: token('muted') },
        axisLine: { lineStyle: { color: token('rule') } },
      },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: token('rule') } }, axisLabel: { color: token('muted') } },
      series: [
        {
          type: 'bar',
          data: values,
          barCategoryGap: '20%',
          itemStyle: { color: token('accent') },
          markLine: marks.length
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: token('ink'), type: 'dashed', width: 1 },
                label: { formatter: '{b}', color: token('ink'), position: 'end' },
                data: marks.map((m) => ({ xAxis: m.index, name: m.label })),
              }
            : undefined,
        },
      ],
    });
    return tidy(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** Scales with its container (the viewBox keeps the proportions) and drops ECharts' browser-only extras. */
function tidy(svg: string): string {
  return svg
    .replace(/<svg width="(\d+)" height="(\d+)"/, '<svg width="100%" preserveAspectRatio="xMinYMin meet" focusable="false" aria-hidden="true"')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ (ecmeta_[a-z_]+|pointer-events|class)="[^"]*"/g, '');
}
