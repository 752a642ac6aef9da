/**
 * Charts drawn on the server as SVG: no script, no library, nothing inline that the CSP forbids (SVG
 * geometry is attributes; colours come from admin.css classes). Each chart's viewBox is phone-sized and
 * scales with its box; its numbers are also in a table under 数据 for screen readers and copying.
 */
import { html } from 'hono/html';
import type { Html } from './layout.js';

const W = 400;
const H = 230;
const PAD = { left: 34, right: 6, top: 12, bottom: 44 };

export interface Bar {
  label: string;
  /** Stacked from the bottom: each part gets its series' class. */
  parts: number[];
}

export interface BarChartOptions {
  title: string;
  /** One per stacked part: the legend's words and the CSS class of its bars. */
  series: Array<{ name: string; className: string }>;
  bars: Bar[];
  /** Which bars get an x-axis label (too many labels overlap on a phone). */
  labelEvery?: number;
  /** Words under the x axis. */
  axis?: string;
  summary: string;
}

/** The top of the y axis for counts: a round even number ≥ max (2, 4, 6, 10, 20, 40, …), so its half is a whole count too. */
function niceMax(max: number): number {
  if (max <= 2) return 2;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 4, 6, 10].map((m) => m * power).find((v) => v >= max && v % 2 === 0)!;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function barChart({ title, series, bars, labelEvery = 1, axis, summary }: BarChartOptions): Html {
  const top = niceMax(Math.max(0, ...bars.map((b) => b.parts.reduce((a, v) => a + v, 0))));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, bars.length);
  const barW = Math.max(1, step * 0.72);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const rects = bars.flatMap((bar, i) => {
    let base = 0;
    return bar.parts.map((value, s) => {
      const y0 = y(base);
      base += value;
      const y1 = y(base);
      if (value === 0) return '';
      return html`<rect class="${series[s]!.className}" x="${round(PAD.left + i * step + (step - barW) / 2)}" y="${round(y1)}" width="${round(barW)}" height="${round(y0 - y1)}"><title>${bar.label}：${series[s]!.name} ${value}</title></rect>`;
    });
  });
  const ticks = [0, top / 2, top].map(
    (v) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${round(y(v))}" y2="${round(y(v))}"></line><text class="tick" x="${PAD.left - 4}" y="${round(y(v) + 5)}" text-anchor="end">${v}</text>`,
  );
  // The first and last labels keep inside the chart: anchored at their outer end.
  const anchor = (i: number) => (bars.length > 2 && i === 0 ? 'start' : bars.length > 2 && i === bars.length - 1 ? 'end' : 'middle');
  const labelX = (i: number) => (anchor(i) === 'start' ? PAD.left + i * step : anchor(i) === 'end' ? PAD.left + (i + 1) * step : PAD.left + i * step + step / 2);
  // A periodic label too close to the last one (which is always shown) is left out.
  const labelled = (i: number) => i === bars.length - 1 || (i % labelEvery === 0 && bars.length - 1 - i >= labelEvery);
  const labels = bars.map((bar, i) =>
    labelled(i)
      ? html`<text class="tick" x="${round(labelX(i))}" y="${H - PAD.bottom + 18}" text-anchor="${anchor(i)}">${bar.label}</text>`
      : '',
  );
  return html`<figure class="chart">
  <figcaption>${title}</figcaption>
  ${series.length > 1 ? html`<ul class="legend">${series.map((s) => html`<li><span class="swatch ${s.className}" aria-hidden="true"></span>${s.name}</li>`)}</ul>` : ''}
  <svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${summary}" preserveAspectRatio="xMidYMid meet">
    ${ticks}${rects}${labels}
    ${axis ? html`<text class="axis" x="${PAD.left + plotW / 2}" y="${H - 4}" text-anchor="middle">${axis}</text>` : ''}
  </svg>
  <details class="chart-data">
    <summary>数据</summary>
    <table>
      <thead><tr><th scope="col">${axis ?? '项'}</th>${series.map((s) => html`<th scope="col">${s.name}</th>`)}</tr></thead>
      <tbody>${bars.map((b) => html`<tr><th scope="row">${b.label}</th>${b.parts.map((p) => html`<td>${p}</td>`)}</tr>`)}</tbody>
    </table>
  </details>
</figure>`;
}
