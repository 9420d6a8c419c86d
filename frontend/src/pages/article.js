// Article page: the text with the source, target and trigger spans of its events highlighted.
// The text is untrusted: it only ever becomes text nodes.

import { getJSON } from "../lib/api.js";
import { clear, el, externalLink, message, number, section } from "../lib/dom.js";
import { quadBadge, showError } from "../lib/widgets.js";

const app = document.getElementById("app");
const KINDS = ["source", "target", "trigger"];

function articleId() {
  const parts = window.location.pathname.split("/");
  return decodeURIComponent(parts[parts.length - 1] || "");
}

// UTF-16 index of every code point boundary of ``text``: the API counts offsets in code points
// (Python string indices), JavaScript strings UTF-16 units (an emoji is one code point, two units).
const boundaries = new Map();
function unitsOf(text) {
  let units = boundaries.get(text);
  if (!units) {
    units = [0];
    let at = 0;
    for (const character of text) {
      at += character.length;
      units.push(at);
    }
    boundaries.set(text, units);
  }
  return units;
}

// Spans of ``mentions`` inside ``text`` (which starts at code point ``offset`` of the article),
// as UTF-16 indices into ``text``.
function spansOf(mentions, offset, text) {
  const units = unitsOf(text);
  const length = units.length - 1;
  const spans = [];
  for (const m of mentions) {
    for (const kind of KINDS) {
      const start = m[`${kind}_start`];
      const end = m[`${kind}_end`];
      if (start === null || end === null || start === undefined) continue;
      const s = start - offset;
      const e = end - offset;
      if (s >= 0 && e <= length && s < e) spans.push({ start: units[s], end: units[e], kind, id: m.id });
    }
  }
  return spans;
}

// The text as text nodes and <mark> elements, cut at every span boundary.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const mark = el("mark", { class: kinds.map((k) => `hl-${k}`).join(" "), title: kinds.join(", ") });
    mark.textContent = piece;
    nodes.push(mark);
  }
  return nodes;
}

function render(article) {
  clear(app);
  document.title = `${article.title || article.doc_id} · DeepPol`;
  const inText = article.mentions.filter((m) => spansOf([m], 0, article.text).length > 0);
  const body = el("div", { class: "article-text", id: "article-text" });
  const sentences = new Map(article.sentences.map((s) => [s.idx, s]));
  let selected = null;

  function paint() {
    clear(body);
    const chosen = selected ? article.mentions.filter((m) => m.id === selected) : article.mentions;
    body.append(...highlighted(article.text, spansOf(chosen, 0, article.text)));
    for (const item of list.children) item.classList.toggle("selected", item.dataset.mention === selected);
  }

  const list = el("ol", { class: "mentions", id: "mentions" });
  for (const m of article.mentions) {
    const sentence = sentences.get(m.sentence_idx);
    const evidence = el("p", { class: "evidence" });
    if (sentence) evidence.append(...highlighted(sentence.text, spansOf([m], sentence.start, sentence.text)));
    const item = el("li", { class: "mention", dataset: { mention: m.id }, tabindex: "0" },
      el("div", { class: "mention-head" }, quadBadge(m.quad_class), " ",
        el("strong", { text: `${m.source || "?"} → ${m.target || "–"}` }), " ",
        el("span", { text: `${m.code} ${m.code_name}` }),
        el("span", { class: "muted", text: ` · ${m.event_date || "undated"} · Goldstein ${number(m.goldstein, 1)} · ${m.mode}` })),
      el("div", { class: "mention-actors muted" },
        m.source_text ? `source “${m.source_text}” ` : "", m.target_text ? `target “${m.target_text}” ` : "",
        `trigger “${m.trigger_text}”`),
      evidence,
      m.event_id ? el("a", { href: `/events/${encodeURIComponent(m.event_id)}`, text: "the clustered event" }) : null);
    item.addEventListener("click", (event) => {
      if (event.target.closest("a")) return;
      selected = selected === m.id ? null : m.id;
      paint();
    });
    item.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        item.click();
      }
    });
    list.append(item);
  }

  const meta = el("dl", { class: "meta" },
    el("dt", { text: "Source" }), el("dd", { id: "article-source", text: article.source || "–" }),
    el("dt", { text: "Published" }), el("dd", { text: article.pub_date || "–" }),
    el("dt", { text: "URL" }), el("dd", {}, article.url ? externalLink(article.url, article.url) : "–"),
    el("dt", { text: "Id" }), el("dd", { class: "mono", text: article.id }));
  if (article.duplicate_of) {
    meta.append(el("dt", { text: `Copy (${article.duplicate_kind || "duplicate"}) of` }),
      el("dd", {}, el("a", { href: `/articles/${encodeURIComponent(article.duplicate_of)}`, text: article.duplicate_of })));
  }
  if (article.duplicates.length) {
    meta.append(el("dt", { text: "Copies" }), el("dd", {}, article.duplicates.map((id, i) => [i ? ", " : "",
      el("a", { href: `/articles/${encodeURIComponent(id)}`, text: id })])));
  }
  const heading = el("h2", { id: "article-title", class: "article-title", text: article.title || article.doc_id });
  const legend = el("p", { class: "legend" }, el("mark", { class: "hl-source", text: "source" }), " ",
    el("mark", { class: "hl-target", text: "target" }), " ", el("mark", { class: "hl-trigger", text: "trigger" }),
    el("span", { class: "muted", text: " · click an event to highlight only its spans" }));
  app.append(heading, meta, el("div", { class: "columns article-columns" },
    section("Text", legend, inText.length || !article.mentions.length ? null
      : message("The evidence offsets of these events are not in this text; each event's sentence is shown with them."), body),
    section(`Events (${article.mentions.length})`, article.mentions.length ? list : message("No events were coded in this article."))));
  paint();
}

async function main() {
  const id = articleId();
  try {
    render(await getJSON(`/v1/articles/${encodeURIComponent(id)}`));
  } catch (error) {
    clear(app);
    showError(app, error);
  }
}

main();
