// Time charts with uPlot (bundled; no network).

import uPlot from "uplot";
import { el } from "./dom.js";

export function timeChart(container, { title, x, series, height = 260, onPick, yLabel }) {
  const holder = el("div", { class: "chart", role: "img", "aria-label": title });
  container.append(holder);
  const width = Math.max(320, Math.min(container.clientWidth || 900, 1200) - 8);
  const options = {
    title,
    width,
    height,
    scales: { x: { time: true } },
    axes: [{}, { label: yLabel || "" }],
    cursor: { points: { size: 8 }, drag: { x: true, y: false } },
    series: [{ label: "Period" }, ...series.map((s) => ({
      label: s.label,
      stroke: s.color,
      width: 2,
      fill: s.fill || undefined,
      points: { show: x.length < 120, size: 5, fill: s.color },
      spanGaps: true,
    }))],
  };
  const chart = new uPlot(options, [x, ...series.map((s) => s.values)], holder);
  if (onPick) {
    chart.over.style.cursor = "pointer";
    chart.over.addEventListener("click", () => {
      const index = chart.cursor.idx;
      if (index !== null && index !== undefined) onPick(index);
    });
  }
  return chart;
}
