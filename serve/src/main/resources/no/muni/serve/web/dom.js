'use strict';
// What the UI's pages share: building elements and calling the JSON API. Text is only ever added as
// text nodes or attribute values, never parsed as markup, so strings from documents cannot inject HTML.

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'svar uten JSON (' + res.status + ')' }));
  // a query mistake comes with a Norwegian "melding" beside the English "error"
  if (!res.ok) throw new Error(body.melding || body.error || ('feil ' + res.status));
  return body;
}
