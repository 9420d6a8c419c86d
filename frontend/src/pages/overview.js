// Overview: events per day by quad class, the most active dyads, current alerts.

import { getJSON } from "../lib/api.js";
import { timeChart } from "../lib/charts.js";
import { clear, el, message, number, section, table } from "../lib/dom.js";
import { QUADS, addDays, dayToSeconds } from "../lib/quads.js";
import { field, quadBadge, select, showError } from "../lib/widgets.js";

const app = document.getElementById("app");

async function main() {
  clear(app);
  let summary;
  try {
    summary = await getJSON("/v1/summary");
  } catch (error) {
    showError(app, error);
    return;
  }
  if (!summary.last_date) {
    app.append(message("The store holds no dated events yet: ingest some articles first."));
    return;
  }
  const days = select("days", [["30", "Last 30 days"], ["90", "Last 90 days"], ["365", "Last year"]], "90");
  const bar = el("form", { class: "controls", onsubmit: (e) => e.preventDefault() },
    field("Period", days));
  app.append(el("p", { class: "lead" },
    `${number(summary.events)} events from ${number(summary.articles)} articles, `,
    `${summary.first_date} to ${summary.last_date}.`), bar);
  const body = el("div", { id: "overview-body" });
  app.append(body);
  days.addEventListener("change", () => render(body, summary.last_date, Number(days.value)));
  await render(body, summary.last_date, 90);
}

async function render(body, last, days) {
  clear(body);
  const since = addDays(last, -(days - 1));
  const period = { since, until: last };
  const chartPanel = section(`Events per ${days > 120 ? "week" : "day"} by quad class`);
  const dyadPanel = section("Most active dyads");
  const alertPanel = section("Current alerts");
  body.append(chartPanel, el("div", { class: "columns" }, dyadPanel, alertPanel));
  await Promise.all([
    activity(chartPanel, period, days > 120 ? "week" : "day"),
    dyads(dyadPanel, period),
    alerts(alertPanel),
  ]);
}

async function activity(panel, period, by) {
  try {
    const data = await getJSON("/v1/activity", { ...period, by });
    const x = data.bins.map((b) => dayToSeconds(b.start));
    timeChart(panel, {
      title: "Events",
      x,
      yLabel: "events",
      series: QUADS.map((q) => ({ label: q.label, color: q.color, values: data.bins.map((b) => b.events[q.key]) })),
    });
  } catch (error) {
    showError(panel, error);
  }
}

async function dyads(panel, period) {
  try {
    const data = await getJSON("/v1/dyads/top", { ...period, top: 10 });
    if (!data.dyads.length) {
      panel.append(message("No dyads in this period."));
      return;
    }
    const rows = data.dyads.map((d) => el("tr", {},
      el("td", {}, el("a", { href: `/dyad?a=${encodeURIComponent(d.a)}&b=${encodeURIComponent(d.b)}`, class: "dyad-link", text: `${d.a} – ${d.b}` })),
      el("td", { class: "num", text: number(d.events) }),
      el("td", { class: "num coop", text: number(d.cooperation) }),
      el("td", { class: "num conflict", text: number(d.conflict) }),
      el("td", { class: "num", text: number(d.goldstein_mean, 2) })));
    panel.append(table(["Dyad", "Events", "Cooperation", "Conflict", "Mean Goldstein"], rows, { class: "dyads" }));
  } catch (error) {
    showError(panel, error);
  }
}

async function alerts(panel) {
  try {
    const data = await getJSON("/v1/alerts", { max_events: 3 });
    if (!data.alerts.length) {
      panel.append(message(`No alerts for the week ending ${data.as_of || "–"}.`));
      return;
    }
    panel.append(el("p", { class: "muted", text: `Week ending ${data.as_of}: conflict intensity against the 8 weeks before.` }));
    const list = el("ol", { class: "alerts" });
    for (const alert of data.alerts) {
      const [a, b] = alert.dyad;
      list.append(el("li", { class: "alert-item" },
        el("a", { href: `/dyad?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&by=week`, text: `${a} – ${b}` }),
        ` ${alert.events} conflict events, intensity ${number(alert.intensity, 1)} (baseline ${number(alert.baseline_mean, 1)}, z ${number(alert.z, 1)})`,
        el("ul", {}, alert.evidence.map((e) => el("li", {},
          quadBadge(e.quad_class), " ",
          el("a", { href: `/events/${encodeURIComponent(e.id)}`, text: `${e.event_date} ${e.source || "?"} → ${e.target || "?"}: ${e.code_name || e.code}` }))))));
    }
    panel.append(list);
  } catch (error) {
    showError(panel, error);
  }
}

main();
