'use strict';
// Case pages: one archive case's way through the bodies, and lists of cases by body and year.
// Like app.js, document strings reach the page only as text nodes (el from dom.js).

function caseHref(number) { return '#/case/' + encodeURIComponent(number); }

// The cases a document names, as links to their case pages; null when it names none.
function caseLinks(doc) {
  const numbers = new Map();
  (doc.caseRefs || []).forEach(r => { if (r.caseNumber && !numbers.has(r.caseNumber)) numbers.set(r.caseNumber, r.written); });
  if (doc.case && doc.case.caseNumber && !numbers.has(doc.case.caseNumber)) numbers.set(doc.case.caseNumber, doc.case.caseNumber);
  if (!numbers.size) return null;
  return el('section', { id: 'doc-cases' }, el('h2', {}, 'Saker'), el('ul', {}, ...[...numbers].map(([n, written]) =>
    el('li', {}, el('a', { class: 'case-link', href: caseHref(n) }, 'Sak ' + written), ' ',
      el('span', { class: 'meta' }, n)))));
}

function votesText(v) {
  if (!v) return null;
  if (v.unanimous) return 'Enstemmig';
  return [v.forCount != null ? v.forCount + ' for' : null, v.againstCount != null ? v.againstCount + ' mot' : null,
    (v.parties || []).length ? '(' + v.parties.join(', ') + ')' : null].filter(Boolean).join(' ');
}

function labelled(label, text, cls) {
  if (!text) return null;
  return el('div', { class: 'case-part ' + cls }, el('strong', {}, label + ': '), el('span', { class: 'case-text' }, text));
}

async function casePage(number) {
  const c = await api('/api/cases/' + encodeURIComponent(number).replace(/%2F/g, '/'));
  const route = c.route.length ? section('Saksgang', el('ol', { id: 'case-route' }, ...c.route.map(r =>
    el('li', {}, [r.body, r.date, r.itemNumber].filter(Boolean).join(' · '))))) : null;
  const steps = el('ol', { id: 'case-steps' }, ...c.steps.map(s => el('li', { class: 'case-step', 'data-body': s.body || '' },
    el('h3', {}, [s.date, s.body, s.itemNumber].filter(Boolean).join(' · ') || s.docType),
    el('p', {}, el('a', { href: '#/doc/' + encodeURIComponent(s.documentId) }, s.documentTitle || s.documentId), ' ',
      el('span', { class: 'meta' }, s.docType || '')),
    labelled('Innstilling', s.proposal, 'proposal'),
    labelled('Behandling', s.handling, 'handling'),
    labelled('Votering', votesText(s.votes), 'votes'),
    labelled('Vedtak', s.decision, 'decision'))));
  const search = new URLSearchParams({ case: c.caseNumber });
  return el('div', { class: 'doc', id: 'case' },
    el('h1', { id: 'case-title' }, 'Sak ' + c.caseNumber + (c.title ? ': ' + c.title : '')),
    el('p', { class: 'meta' }, 'Skrevet som ' + c.written.join(', ') + ' · ' + c.documents + ' dokumenter' +
      (c.bodies.length ? ' · ' + c.bodies.join(' → ') : '') + (c.partial ? ' · bare de første dokumentene er lest' : '')),
    route, section('Sakens gang', steps),
    el('p', {}, el('a', { href: '#/search?' + search.toString() }, 'Alle dokumenter om saken i søket')));
}

async function casesPage(params) {
  const query = new URLSearchParams();
  ['body', 'year'].forEach(k => { if (params.get(k)) query.set(k, params.get(k)); });
  query.set('limit', '200');
  const list = await api('/api/cases?' + query.toString());
  return el('div', { class: 'doc', id: 'cases' },
    el('h1', {}, 'Saker' + (list.body ? ' i ' + list.body : '') + (list.year ? ' ' + list.year : '')),
    el('p', {}, list.total + ' saker'),
    el('table', { id: 'case-table' }, el('tr', {}, ...['Sak', 'Tittel', 'Dokumenter', 'Organer', 'Første', 'Siste'].map(h => el('th', {}, h))),
      ...list.cases.map(c => el('tr', {}, el('td', {}, el('a', { href: caseHref(c.caseNumber) }, c.caseNumber)),
        el('td', {}, c.title || ''), el('td', {}, String(c.documents)), el('td', {}, c.bodies.join(' → ')),
        el('td', {}, c.firstDate || ''), el('td', {}, c.lastDate || '')))));
}
