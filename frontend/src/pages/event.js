// One real-world event: what, who, when, where, and every article that reports it.

import { getJSON } from "../lib/api.js";
import { clear, el, externalLink, number, section, table } from "../lib/dom.js";
import { quadBadge, showError } from "../lib/widgets.js";

const app = document.getElementById("app");

function render(event) {
  clear(app);
  const where = event.location ? [event.location.name, event.location.country].filter(Boolean).join(", ") : "–";
  app.append(el("h2", { id: "event-title", text: `${event.source || "?"} → ${event.target || "–"}: ${event.code} ${event.code_name || ""}` }),
    el("dl", { class: "meta" },
      el("dt", { text: "Date" }), el("dd", { text: event.event_date || "undated" }),
      el("dt", { text: "Quad class" }), el("dd", {}, quadBadge(event.quad_class)),
      el("dt", { text: "Goldstein" }), el("dd", { text: number(event.goldstein, 1) }),
      el("dt", { text: "PLOVER" }), el("dd", { text: [event.plover, event.plover_mode].filter(Boolean).join(" / ") || "–" }),
      el("dt", { text: "Place" }), el("dd", { text: where }),
      el("dt", { text: "Reported" }), el("dd", { text: `${event.n_mentions} mentions in ${event.n_articles} articles from ${event.n_sources} sources` })));
  const rows = event.mentions.map((m) => el("tr", {},
    el("td", { class: "nowrap", text: m.pub_date || "–" }),
    el("td", { text: m.publisher || "–" }),
    el("td", { class: "sentence", text: m.sentence || m.trigger_text }),
    el("td", {}, el("a", { href: `/articles/${encodeURIComponent(m.article_id)}`, class: "article-link", text: m.title || m.article_id })),
    el("td", {}, m.url ? externalLink(m.url, "source") : "")));
  app.append(section("Mentions", table(["Published", "Publisher", "Sentence", "Article", ""], rows, { class: "mentions-table" })));
  app.append(section("How the mentions were clustered", el("pre", { class: "explanation", text: JSON.stringify(event.explanation, null, 2) })));
}

async function main() {
  const parts = window.location.pathname.split("/");
  const id = decodeURIComponent(parts[parts.length - 1] || "");
  try {
    render(await getJSON(`/v1/events/${encodeURIComponent(id)}`));
  } catch (error) {
    clear(app);
    showError(app, error);
  }
}

main();
