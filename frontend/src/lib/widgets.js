// Widgets shared by the pages: actor autocomplete, the events table, error display.

import { getJSON } from "./api.js";
import { clear, el, message, number, table } from "./dom.js";
import { quadColor, quadLabel } from "./quads.js";

let pickerCount = 0;

// A text input with an autocomplete list of actors (/v1/actors/search).
export function actorPicker({ label, name, value = "", placeholder = "e.g. CHN or china" }) {
  pickerCount += 1;
  const id = `actor-${name}-${pickerCount}`;
  const listId = `${id}-list`;
  const input = el("input", {
    id, name, value, placeholder, autocomplete: "off", spellcheck: "false",
    role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false",
    "aria-controls": listId, class: "actor-input",
  });
  const list = el("ul", { id: listId, role: "listbox", class: "suggestions", hidden: true });
  let timer = null;
  let active = -1;
  let token = 0;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  }

  function choose(code) {
    input.value = code;
    close();
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  async function suggest() {
    const text = input.value.trim();
    if (!text) {
      close();
      return;
    }
    const mine = ++token;
    let found;
    try {
      found = await getJSON("/v1/actors/search", { q: text, limit: 8 });
    } catch (_) {
      return;
    }
    if (mine !== token) return;
    clear(list);
    for (const match of found.matches) {
      const option = el("li", { role: "option", class: "suggestion", dataset: { code: match.code } },
        el("span", { class: "code", text: match.code }),
        match.label ? el("span", { class: "label", text: ` ${match.label}` }) : null,
        el("span", { class: "kind", text: ` ${match.kind}` }));
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(match.code);
      });
      list.append(option);
    }
    list.hidden = found.matches.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  input.addEventListener("keydown", (event) => {
    const options = [...list.children];
    if (list.hidden || !options.length) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
      options.forEach((o, i) => o.setAttribute("aria-selected", String(i === active)));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(options[active].dataset.code);
    } else if (event.key === "Escape") {
      close();
    }
  });
  const wrapper = el("div", { class: "field actor-field" }, el("label", { for: id, text: label }),
    el("div", { class: "combo" }, input, list));
  return { element: wrapper, input };
}

export function quadBadge(number) {
  const badge = el("span", { class: `quad quad-${number}`, title: quadLabel(number), text: quadLabel(number) });
  badge.style.borderColor = quadColor(number);
  return badge;
}

export function actorText(code, text) {
  if (!code) return el("span", { class: "muted", text: "–" });
  return el("span", { class: "actor" }, el("strong", { text: code }), text ? el("span", { class: "muted", text: ` ${text}` }) : null);
}

// One row per event: date, dyad, code, quad class, Goldstein, place, mentions, evidence, links.
export function eventsTable(events, { caption } = {}) {
  if (!events.length) return message("No events match.");
  const rows = events.map((event) => {
    const evidence = event.evidence;
    const links = el("td", { class: "links" },
      el("a", { href: `/events/${encodeURIComponent(event.id)}`, class: "event-link", text: "event" }),
      evidence ? " · " : null,
      evidence ? el("a", { href: `/articles/${encodeURIComponent(evidence.article_id)}`, class: "article-link", text: "article" }) : null);
    return el("tr", { dataset: { eventId: event.id } },
      el("td", { class: "nowrap", text: event.event_date || "undated" }),
      el("td", {}, actorText(event.source, evidence && evidence.source_text)),
      el("td", {}, actorText(event.target, evidence && evidence.target_text)),
      el("td", {}, el("strong", { text: event.code }), " ", el("span", { text: event.code_name || "" })),
      el("td", {}, quadBadge(event.quad_class)),
      el("td", { class: "num", text: number(event.goldstein, 1) }),
      el("td", { text: event.location ? (event.location.name || event.location.country || "") : "" }),
      el("td", { class: "num", text: number(event.n_mentions) }),
      el("td", { class: "sentence", text: evidence ? evidence.sentence || evidence.trigger_text : "" }),
      links);
  });
  const result = table(["Date", "Source", "Target", "Code", "Quad class", "Goldstein", "Place",
    "Mentions", "Evidence", ""], rows, { class: "events" });
  if (caption) result.prepend(el("caption", { text: caption }));
  return result;
}

export function showError(container, error) {
  container.append(message(`Could not load: ${error.message || error}`, "error"));
}

export function field(label, input) {
  const id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  input.id = id;
  return el("div", { class: "field" }, el("label", { for: id, text: label }), input);
}

export function select(name, options, value) {
  const node = el("select", { name });
  for (const [optionValue, text] of options) {
    const option = el("option", { value: optionValue, text });
    if (String(optionValue) === String(value ?? "")) option.selected = true;
    node.append(option);
  }
  return node;
}
