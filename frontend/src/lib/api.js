// The JSON API, relative to the page's own origin.

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJSON(path, params) {
  const response = await fetch(path + query(params), { headers: { accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: String(response.status), message: response.statusText };
    throw new Error(`${error.message} (${error.code})`);
  }
  return body;
}

export function pageParams() {
  return new URLSearchParams(window.location.search);
}

export function setPageParams(params) {
  const url = window.location.pathname + query(params);
  window.history.replaceState(null, "", url);
}
