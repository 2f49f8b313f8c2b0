'use strict';
// muni web UI. Every string from a document is put on the page with textContent or as an attribute
// value, never as markup, so a document containing <script> shows as text.

const main = document.getElementById('main');
const FACET_NAMES = { docType: 'Dokumenttype', year: 'År', body: 'Organ', organisation: 'Organisasjon', person: 'Person',
  place: 'Sted', measure: 'Tiltak', format: 'Format' };
const FILTER_PARAM = { docType: 'type', year: 'year', body: 'body', organisation: 'org', person: 'person', place: 'place',
  measure: 'measure', format: 'format', case: 'case' };

function show(...nodes) { main.replaceChildren(...nodes); }
function fail(e) { show(el('p', { class: 'error', id: 'error' }, e.message)); }

function route() {
  const hash = location.hash.slice(1) || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const page = parts[0] || '';
  const run = {
    '': () => search(params), search: () => search(params), doc: () => documentPage(parts.slice(1).join('/')),
    org: () => organisationPage(parts[1]), person: () => personPage(parts[1]),
    organisations: () => organisationsPage(), measures: () => measuresPage(params),
    case: () => casePage(parts.slice(1).join('/')), cases: () => casesPage(params),
  }[page];
  (run || (() => show(el('p', {}, 'Ukjent side'))))().catch(fail);
}

function searchHash(params) { return '#/search?' + params.toString(); }

async function search(params) {
  document.getElementById('q').value = params.get('q') || '';
  document.getElementById('sort').value = params.get('sort') || 'relevance';
  if (!params.get('q') && ![...params.keys()].some(k => Object.values(FILTER_PARAM).includes(k))) {
    show(el('div', { id: 'results' }, el('p', {}, 'Skriv et søk. Ord finnes også inne i sammensatte ord ' +
      '(koordinator → frivillighetskoordinator); "anførselstegn" søker eksakt.')));
    return;
  }
  const result = await api('/api/search?' + params.toString());
  const facets = el('aside', { id: 'facets' });
  for (const [dim, counts] of Object.entries(result.facets)) {
    if (!counts.length) continue;
    const param = FILTER_PARAM[dim];
    const active = params.getAll(param);
    facets.append(el('h3', {}, FACET_NAMES[dim] || dim));
    const list = el('ul', { 'data-facet': dim });
    for (const c of counts) {
      const next = new URLSearchParams(params);
      next.delete('page');
      const on = active.includes(c.value);
      if (on) {
        next.delete(param);
        active.filter(v => v !== c.value).forEach(v => next.append(param, v));
      } else {
        next.append(param, c.value);
      }
      list.append(el('li', {}, el('a', { href: searchHash(next), class: on ? 'facet active' : 'facet',
        'data-value': c.value }, c.value), ' ', el('span', { class: 'count' }, '(' + c.count + ')')));
    }
    facets.append(list);
  }
  const results = el('div', { id: 'results' },
    el('p', { id: 'total' }, result.total + ' dokumenter' + (result.partial ? ' (tidsgrensen nådd, ufullstendig)' : '')));
  for (const hit of result.hits) {
    const snippet = el('p', { class: 'snippet' });
    for (const part of hit.snippetParts) snippet.append(part.match ? el('mark', {}, part.text) : part.text);
    results.append(el('article', { class: 'hit' },
      el('h2', {}, el('a', { href: '#/doc/' + encodeURIComponent(hit.id), class: 'hit-link' }, hit.title || hit.id)),
      el('div', { class: 'meta' }, [hit.docType, hit.date, hit.id,
        hit.renditions > 1 ? hit.renditions + ' utgaver' : null].filter(Boolean).join(' · ')), snippet));
  }
  const pager = el('div', { class: 'pager' });
  const pageNo = result.page;
  if (pageNo > 1) pager.append(pageLink(params, pageNo - 1, '← Forrige'));
  if (pageNo * result.pageSize < result.total) pager.append(pageLink(params, pageNo + 1, 'Neste →'));
  results.append(pager);
  show(facets, results);
}

function pageLink(params, page, label) {
  const next = new URLSearchParams(params);
  next.set('page', page);
  return el('a', { href: searchHash(next) }, label);
}

// Marks the names of organisations and persons in a text as links to their pages.
function marked(text, names) {
  const out = el('div', { class: 'text' });
  const list = [...names.entries()].filter(([n]) => n.length > 2).sort((a, b) => b[0].length - a[0].length);
  let rest = text || '';
  while (rest.length) {
    let best = null;
    for (const [name, href] of list) {
      const i = rest.indexOf(name);
      if (i >= 0 && (best === null || i < best.i)) best = { i, name, href };
    }
    if (!best) { out.append(rest); break; }
    out.append(rest.slice(0, best.i), el('a', { class: 'entity', href: best.href }, best.name));
    rest = rest.slice(best.i + best.name.length);
  }
  return out;
}

function entityNames(doc) {
  const names = new Map();
  const add = (name, kind) => { if (name) names.set(name, '#/' + kind + '/' + encodeURIComponent(name)); };
  (doc.organisations || []).forEach(o => { add(o.name, 'org'); (o.aliases || []).forEach(a => add(a, 'org')); });
  (doc.persons || []).forEach(p => { add(p.name, 'person'); (p.aliases || []).forEach(a => add(a, 'person')); });
  (doc.participants || []).forEach(p => add(p.name, p.kind === 'person' ? 'person' : 'org'));
  return names;
}

function section(title, ...content) { return el('section', {}, el('h2', {}, title), ...content); }

async function documentPage(id) {
  const doc = await api('/api/documents/' + encodeURIComponent(id).replace(/%2F/g, '/'));
  const names = entityNames(doc);
  const body = el('div', { class: 'doc', id: 'document' },
    el('h1', { id: 'doc-title' }, doc.title || doc.id),
    el('p', { class: 'meta' }, [doc.docType, doc.date, doc.caseNumber, doc.format, doc.source].filter(Boolean).join(' · ')));
  const entities = el('p', {});
  for (const [name, href] of names) entities.append(el('a', { class: 'entity', href }, name), ' ');
  if ((doc.renditions || []).length > 1) body.append(section('Utgaver av samme tekst', el('ul', { id: 'renditions' },
    ...doc.renditions.map(r => el('li', {}, r.id === doc.id ? el('strong', {}, r.source || r.id)
      : el('a', { href: '#/doc/' + encodeURIComponent(r.id) }, r.source || r.id), ' ', el('span', { class: 'meta' }, r.format || ''))))));
  if (names.size) body.append(section('Organisasjoner og personer', entities));
  const cases = caseLinks(doc);
  if (cases) body.append(cases);
  if ((doc.questions || []).length) body.append(section('Spørsmål', ...doc.questions.map(q => marked((q.number ? q.number + ') ' : '') + q.text, names))));
  if ((doc.answers || []).length) body.append(section('Svar', ...doc.answers.map(a => marked((a.number ? a.number + ') ' : '') + a.text, names))));
  if ((doc.goals || []).length) body.append(section('Mål', el('ul', {}, ...doc.goals.map(g =>
    el('li', {}, [g.area, g.goal || g.text].filter(Boolean).join(': '),
      el('ul', {}, ...(g.strategies || []).map(s => el('li', {}, s))))))));
  if ((doc.measures || []).length) body.append(section('Tiltak', el('ul', {}, ...doc.measures.map(m =>
    el('li', {}, el('a', { href: '#/measures?q=' + encodeURIComponent(m.text) }, m.text),
      el('span', { class: 'meta' }, ' ' + [m.section && m.section + (m.item ? ' ' + m.item : ''), m.period, m.status, m.responsible].filter(Boolean).join(' · ')))))));
  if ((doc.sections || []).length) {
    body.append(section('Innhold', ...doc.sections.map(s => el('div', {},
      el('h3', {}, [s.number, s.heading].filter(Boolean).join(' ')), marked(s.text, names)))));
  } else {
    body.append(section('Tekst', marked(doc.text, names)));
  }
  const similar = await api('/api/similar?limit=5&id=' + encodeURIComponent(doc.id)).catch(() => []);
  if (similar.length) body.append(section('Lignende dokumenter', el('ul', {}, ...similar.map(h =>
    el('li', {}, el('a', { href: '#/doc/' + encodeURIComponent(h.id) }, h.title || h.id), ' ', el('span', { class: 'meta' }, h.id))))));
  show(body);
}

function documentList(docs) {
  return el('div', {}, ...docs.map(d => el('article', { class: 'hit' },
    el('h2', {}, el('a', { href: '#/doc/' + encodeURIComponent(d.id) }, d.title || d.id)),
    el('div', { class: 'meta' }, [d.docType, d.date, d.mentions + ' omtaler', d.id].filter(Boolean).join(' · ')),
    ...d.snippets.map(s => el('p', { class: 'snippet' }, s)))));
}

function nameLinks(list, kind) {
  return el('ul', {}, ...list.map(n => el('li', {}, el('a', { href: '#/' + kind + '/' + encodeURIComponent(n.name) }, n.name),
    ' ', el('span', { class: 'count' }, '(' + n.documents + ')'))));
}

async function organisationPage(name) {
  const p = await api('/api/organisations/' + encodeURIComponent(name));
  show(el('div', { class: 'doc', id: 'organisation' },
    el('h1', { id: 'org-name' }, name),
    el('p', { class: 'meta' }, p.documentCount + ' dokumenter, ' + (p.firstDate || '?') + ' – ' + (p.lastDate || '?') + ' · ' +
      Object.entries(p.docTypes).map(([t, n]) => t + ' ' + n).join(', ')),
    section('Navn og varianter', nameLinks(p.variants, 'org')),
    section('Dokumenter', documentList(p.documents)),
    section('Nevnt sammen med', nameLinks(p.coOrganisations.slice(0, 30), 'org')),
    section('Tiltak', measureTable(p.measures))));
}

async function personPage(name) {
  const p = await api('/api/persons/' + encodeURIComponent(name));
  show(el('div', { class: 'doc', id: 'person' },
    el('h1', {}, name),
    el('p', { class: 'meta' }, [p.roles.join(', '), p.parties.join(', '), (p.firstDate || '?') + ' – ' + (p.lastDate || '?')].filter(Boolean).join(' · ')),
    section('Navn og varianter', nameLinks(p.variants, 'person')),
    section('Dokumenter', documentList(p.documents))));
}

async function organisationsPage() {
  const orgs = await api('/api/organisations?limit=500');
  show(el('div', { class: 'doc', id: 'organisations' }, el('h1', {}, 'Organisasjoner'), nameLinks(orgs, 'org')));
}

function measureTable(measures) {
  return el('table', { id: 'measure-table' }, el('tr', {}, ...['Tiltak', 'Periode', 'Status', 'Ansvar', 'Dokument'].map(h => el('th', {}, h))),
    ...measures.map(m => el('tr', {}, el('td', {}, [m.section, m.item].filter(Boolean).join(' ') + ' ' + m.text),
      el('td', {}, m.period || ''), el('td', {}, m.status || ''), el('td', {}, m.responsible || ''),
      el('td', {}, el('a', { href: '#/doc/' + encodeURIComponent(m.documentId) }, m.documentTitle || m.documentId)))));
}

async function measuresPage(params) {
  const q = params.get('q') || '';
  const form = el('form', { id: 'measure-form' }, el('input', { id: 'measure-q', value: q, maxlength: '1000',
    placeholder: 'Ord i tiltaket' }), el('button', { type: 'submit' }, 'Finn tiltak'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/measures?q=' + encodeURIComponent(document.getElementById('measure-q').value);
  });
  const measures = await api('/api/measures?limit=200&q=' + encodeURIComponent(q));
  show(el('div', { class: 'doc', id: 'measures' }, el('h1', {}, 'Tiltak'), form,
    el('p', {}, measures.length + ' tiltak'), measureTable(measures)));
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const params = new URLSearchParams();
  params.set('q', document.getElementById('q').value);
  const sort = document.getElementById('sort').value;
  if (sort !== 'relevance') params.set('sort', sort);
  location.hash = searchHash(params);
});
window.addEventListener('hashchange', route);
route();
