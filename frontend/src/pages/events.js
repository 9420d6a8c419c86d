// Events table: faceted filters (actor, code, quad class, PLOVER type, date, place, text), pages
// with a cursor, and the CSV download of the current filter.

import { getJSON, pageParams, query, setPageParams } from "../lib/api.js";
import { clear, el, message, number, section } from "../lib/dom.js";
import { QUADS, quadLabel } from "../lib/quads.js";
import { actorPicker, eventsTable, field, select, showError } from "../lib/widgets.js";

const app = document.getElementById("app");
const FIELDS = ["actor", "dyad", "code", "root", "quad_class", "plover", "since", "until", "location", "text"];
const FACET_FIELDS = { quad_class: "Quad class", root_code: "CAMEO root", plover: "PLOVER type", location_country: "Place (country)" };
const FACET_TO_FILTER = { quad_class: "quad_class", root_code: "root", plover: "plover", location_country: "location" };

let menus = { roots: [], quad_classes: [], plover: [] };
const state = { filter: {}, cursors: [], cursor: null };

function readFilter() {
  const params = pageParams();
  const filter = {};
  for (const name of FIELDS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filter[name] = name === "quad_class" ? values : values[0];
  }
  return filter;
}

function input(name, props = {}) {
  return el("input", { name, value: state.filter[name] || "", ...props });
}

function buildForm() {
  const actor = actorPicker({ label: "Actor", name: "actor", value: state.filter.actor || "" });
  const quads = el("fieldset", { class: "field quads" }, el("legend", { text: "Quad class" }),
    QUADS.map((q, i) => {
      const box = el("input", { type: "checkbox", name: "quad_class", value: String(i + 1), id: `quad-${i + 1}` });
      box.checked = [].concat(state.filter.quad_class || []).includes(String(i + 1));
      return el("span", { class: "check" }, box, el("label", { for: `quad-${i + 1}`, text: q.short, title: q.label }));
    }));
  const root = select("root", [["", "Any"], ...menus.roots.map((r) => [r.code, `${r.code} ${r.name.toLowerCase()}`])], state.filter.root);
  const plover = select("plover", [["", "Any"], ...menus.plover.map((p) => [p, p])], state.filter.plover);
  const form = el("form", { class: "controls filters", id: "event-filters" },
    actor.element,
    field("Dyad (A,B)", input("dyad", { placeholder: "CHN,USA" })),
    field("CAMEO code", input("code", { placeholder: "e.g. 19 or 190", inputmode: "numeric" })),
    field("Root", root), quads, field("PLOVER", plover),
    field("From", input("since", { type: "date" })), field("To", input("until", { type: "date" })),
    field("Place", input("location", { placeholder: "UKR or Kyiv" })),
    field("Text", input("text", { placeholder: "word in the sentence" })),
    el("div", { class: "buttons" }, el("button", { type: "submit", text: "Apply" }),
      el("button", { type: "button", class: "secondary", text: "Clear", onclick: () => { state.filter = {}; restart(); } })));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const filter = {};
    for (const name of FIELDS) {
      const values = data.getAll(name).map((v) => String(v).trim()).filter(Boolean);
      if (values.length) filter[name] = name === "quad_class" ? values : values[0].toString();
    }
    if (filter.actor) filter.actor = filter.actor.toUpperCase();
    if (filter.dyad) filter.dyad = filter.dyad.toUpperCase().replace(/\s+/g, "");
    state.filter = filter;
    restart();
  });
  return form;
}

function restart() {
  state.cursors = [];
  state.cursor = null;
  setPageParams(state.filter);
  render();
}

async function render() {
  clear(app);
  const layout = el("div", { class: "with-sidebar" });
  const side = el("aside", { class: "facets", "aria-label": "Facets" });
  const main = el("div", { class: "results" });
  layout.append(side, main);
  app.append(buildForm(), layout);
  const csv = `/v1/export${query({ ...state.filter, format: "csv" })}`;
  const jsonl = `/v1/export${query({ ...state.filter, format: "jsonl" })}`;
  const head = el("div", { class: "result-head" }, el("span", { id: "event-count", text: "Counting…" }), " ",
    el("a", { href: csv, download: "", class: "download", id: "csv-download", text: "Download CSV" }), " ",
    el("a", { href: jsonl, download: "", class: "download", text: "JSON Lines" }));
  main.append(head);
  const body = el("div", { id: "events-body" });
  main.append(body);
  await Promise.all([count(head.firstChild), page(body), facets(side)]);
}

async function count(node) {
  try {
    const data = await getJSON("/v1/events/count", state.filter);
    node.textContent = `${number(data.count)} events`;
  } catch (error) {
    node.textContent = "";
    showError(node.parentNode, error);
  }
}

async function page(body) {
  clear(body);
  let data;
  try {
    data = await getJSON("/v1/events", { ...state.filter, limit: 50, cursor: state.cursor });
  } catch (error) {
    showError(body, error);
    return;
  }
  body.append(eventsTable(data.events));
  const nav = el("nav", { class: "pager", "aria-label": "Pages" });
  if (state.cursors.length) {
    nav.append(el("button", { type: "button", class: "secondary", text: "First page", onclick: () => { state.cursors = []; state.cursor = null; page(body); } }));
  }
  if (data.next_cursor) {
    nav.append(el("button", { type: "button", id: "next-page", text: "Next page", onclick: () => { state.cursors.push(state.cursor); state.cursor = data.next_cursor; page(body); } }));
  }
  body.append(nav);
}

async function facets(side) {
  try {
    const data = await getJSON("/v1/events/facets", { ...state.filter, facet: Object.keys(FACET_FIELDS), top: 8 });
    for (const [name, title] of Object.entries(FACET_FIELDS)) {
      const values = data.facets[name] || [];
      const list = el("ul", {}, values.filter((v) => v.value !== null).map((v) => {
        const label = name === "quad_class" ? quadLabel(v.value) : String(v.value);
        return el("li", {}, el("button", {
          type: "button", class: "link facet", dataset: { facet: name, value: String(v.value) },
          onclick: () => applyFacet(name, String(v.value)),
        }, label), el("span", { class: "muted", text: ` ${number(v.count)}` }));
      }));
      side.append(section(title, values.length ? list : message("–")));
    }
  } catch (error) {
    showError(side, error);
  }
}

function applyFacet(name, value) {
  const key = FACET_TO_FILTER[name];
  state.filter = { ...state.filter, [key]: key === "quad_class" ? [value] : value };
  restart();
}

async function main() {
  state.filter = readFilter();
  try {
    menus = await getJSON("/v1/codes");
  } catch (_) {
    // the menus stay empty; the filters still work by typing
  }
  render();
}

main();
