// Network: actors as nodes, edges coloured cooperation <-> conflict and sized by volume, for a
// chosen period.

import cytoscape from "cytoscape";
import { getJSON, pageParams, setPageParams } from "../lib/api.js";
import { clear, el, message, number, section, table } from "../lib/dom.js";
import { addDays, toneColor } from "../lib/quads.js";
import { field, select, showError } from "../lib/widgets.js";

const app = document.getElementById("app");

// Cytoscape injects an inline <style> (which the page's CSP refuses) unless an element with this
// id exists; its one rule is in app.css instead.
if (!document.getElementById("__________cytoscape_stylesheet")) {
  document.head.append(el("meta", { id: "__________cytoscape_stylesheet", name: "cytoscape-style", content: "app.css" }));
}

async function main() {
  clear(app);
  const params = pageParams();
  let last = params.get("until");
  if (!last) {
    try {
      last = (await getJSON("/v1/summary")).last_date;
    } catch (error) {
      showError(app, error);
      return;
    }
  }
  if (!last) {
    app.append(message("The store holds no dated events yet."));
    return;
  }
  const since = el("input", { type: "date", name: "since", value: params.get("since") || addDays(last, -29) });
  const until = el("input", { type: "date", name: "until", value: last });
  const level = select("level", [["country", "Countries"], ["code", "Actor codes"]], params.get("level") || "country");
  const minEvents = el("input", { type: "number", name: "min_events", min: "1", value: params.get("min_events") || "3" });
  const result = el("div", { id: "network-result" });
  const form = el("form", { class: "controls", id: "network-form" }, field("From", since), field("To", until),
    field("Nodes", level), field("Min. events per edge", minEvents), el("button", { type: "submit", text: "Show" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    draw(result, { since: since.value, until: until.value, level: level.value, min_events: minEvents.value || 1 });
  });
  app.append(form, result);
  draw(result, { since: since.value, until: until.value, level: level.value, min_events: minEvents.value || 1 });
}

async function draw(result, query) {
  clear(result);
  setPageParams(query);
  let data;
  try {
    data = await getJSON("/v1/network", { ...query, max_edges: 120 });
  } catch (error) {
    showError(result, error);
    return;
  }
  if (!data.edges.length) {
    result.append(message("No edges in this period: widen it or lower the minimum."));
    return;
  }
  const graph = el("div", { class: "graph", id: "graph", role: "img", "aria-label": "Actor network" });
  const legend = el("p", { class: "legend" }, el("span", { class: "swatch coop" }), " cooperation ",
    el("span", { class: "swatch mixed" }), " mixed ", el("span", { class: "swatch conflict" }), " conflict · edge width: events",
    data.truncated ? " · only the busiest edges are shown" : "");
  result.append(section(`${query.since} to ${query.until}`, legend, graph), section("Edges", edgeTable(data.edges)));
  const maxEvents = Math.max(...data.edges.map((e) => e.events));
  const maxNode = Math.max(...data.nodes.map((n) => n.events));
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 18 + 42 * Math.sqrt(n.events / maxNode) } })),
    ...data.edges.map((e) => ({ data: {
      id: `${e.source}>${e.target}`, source: e.source, target: e.target,
      width: 1 + 11 * Math.sqrt(e.events / maxEvents), color: toneColor(e.cooperation, e.conflict),
    } })),
  ];
  cytoscape({
    container: graph,
    elements,
    layout: {
      name: "cose", animate: false, randomize: false, nodeRepulsion: () => 120000, idealEdgeLength: () => 110,
      edgeElasticity: () => 80, gravity: 0.6, numIter: 1500, padding: 20,
    },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#4a5568", color: "#1a202c", "font-size": 12, "font-weight": 600, "text-valign": "top", "text-halign": "center", "text-margin-y": -3, "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1, "z-index": 10 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.8, opacity: 0.75 } },
    ],
    wheelSensitivity: 0.3,
  });
}

function edgeTable(edges) {
  const rows = edges.slice(0, 25).map((e) => el("tr", {},
    el("td", {}, el("a", { href: `/dyad?a=${encodeURIComponent(e.source)}&b=${encodeURIComponent(e.target)}&directed=true`, text: `${e.source} → ${e.target}` })),
    el("td", { class: "num", text: number(e.events) }),
    el("td", { class: "num coop", text: number(e.cooperation) }),
    el("td", { class: "num conflict", text: number(e.conflict) }),
    el("td", { class: "num", text: number(e.goldstein_mean, 2) })));
  return table(["Edge", "Events", "Cooperation", "Conflict", "Mean Goldstein"], rows, { class: "edges" });
}

main();
