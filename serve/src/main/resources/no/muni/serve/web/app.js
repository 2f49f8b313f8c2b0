'use strict';
// muni web UI. Every string from a document is put on the page with textContent or as an attribute
// value, never as markup, so a document containing <script> shows as text.

const main = document.getElementById('main');
const FACET_NAMES = { docType: 'Dokumenttype', year: 'År', body: 'Organ', organisation: 'Organisasjon', person: 'Person',
  place: 'Sted', measure: 'Tiltak', from: 'Avsender (e-post)', to: 'Mottaker (e-post)', format: 'Format' };
const FILTER_PARAM = { docType: 'type', year: 'year', body: 'body', organisation: 'org', person: 'person', place: 'place',
  measure: 'measure', from: 'from', to: 'to', format: 'format', case: 'case' };

function failure(e) {
  return el('div', { id: 'error-box' }, el('p', { class: 'error', id: 'error' }, e.message),
    el('p', { class: 'meta' }, 'Søketips: sett "anførselstegn" rundt begge ender av en frase, avslutt ( med ), ' +
      'og bruk * bare etter begynnelsen av et ord (frivillig*).'));
}

// Pages build their content and return it; route() draws it only while no newer navigation has begun, so the
// late answer of an older search (or page) cannot draw over a newer one's.
let navigation = 0;

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
  const current = ++navigation;
  const draw = content => { if (current === navigation) main.replaceChildren(...[].concat(content)); };
  (run || (async () => el('p', {}, 'Ukjent side')))().then(draw, e => draw(failure(e)));
}

function searchHash(params) { return '#/search?' + params.toString(); }

async function search(params) {
  document.getElementById('q').value = params.get('q') || '';
  document.getElementById('sort').value = params.get('sort') || 'relevance';
  if (!params.get('q') && ![...params.keys()].some(k => Object.values(FILTER_PARAM).includes(k))) {
    return home();
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
    const shown = Number(params.get('facets') || 20);
    if (counts.length >= shown && shown < 500) {
      const more = new URLSearchParams(params);
      more.set('facets', String(Math.min(500, shown * 5)));
      facets.append(el('a', { href: searchHash(more), class: 'facet-more', 'data-facet': dim }, 'Vis flere …'));
    }
  }
  const results = el('div', { id: 'results' },
    el('p', { id: 'total' }, result.total + ' dokumenter' + (result.partial ? ' (tidsgrensen nådd, ufullstendig)' : '')));
  if (result.suggestion) {
    const corrected = new URLSearchParams(params);
    corrected.set('q', result.suggestion);
    results.append(el('p', { id: 'did-you-mean' }, 'Mente du ', el('a', { href: searchHash(corrected) }, result.suggestion), '?'));
  }
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
  return [facets, results];
}

// The start page: what the index holds (counts by type and year, as browse links) and the latest documents.
async function home() {
  const [stats, latest] = await Promise.all([api('/api/stats'), api('/api/search?sort=newest&size=10')]);
  const browse = (counts, param) => el('ul', { class: 'browse' }, ...Object.entries(counts).map(([value, n]) =>
    el('li', {}, value === 'undated' ? el('span', {}, 'uten dato')
      : el('a', { href: searchHash(new URLSearchParams([[param, value]])) }, value), ' ', el('span', { class: 'count' }, '(' + n + ')'))));
  return el('div', { class: 'doc', id: 'home' },
    el('h1', {}, 'Kommunale dokumenter'),
    el('p', { id: 'home-summary' }, stats.works + ' dokumenter (' + stats.documents + ' filer og vedlegg; samme tekst i flere formater telles én gang). ' +
      'Ord finnes også inne i sammensatte ord (koordinator → frivillighetskoordinator); "anførselstegn" søker eksakt.'),
    el('div', { class: 'columns' },
      section('Etter type', browse(stats.docType, 'type')),
      section('Etter år', browse(stats.year, 'year')),
      section('Utforsk', el('ul', { class: 'browse' }, el('li', {}, el('a', { href: '#/organisations' }, 'Organisasjoner')),
        el('li', {}, el('a', { href: '#/measures' }, 'Tiltak')), el('li', {}, el('a', { href: '/dashboard' }, 'Dashbord'))))),
    section('Nyeste dokumenter', el('ul', { id: 'latest' }, ...latest.hits.map(h => el('li', {},
      el('a', { href: '#/doc/' + encodeURIComponent(h.id) }, h.title || h.id), ' ',
      el('span', { class: 'meta' }, [h.docType, h.date].filter(Boolean).join(' · ')))))));
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

const join = (...parts) => parts.filter(p => p !== null && p !== undefined && p !== '').join(' · ');
const list = (items, render) => el('ul', {}, ...items.map(i => el('li', {}, ...[].concat(render(i)))));

// Names grouped by a key (party, group), as "Key: name (role), name" lines.
function grouped(items, key, label) {
  const groups = new Map();
  items.forEach(i => { const k = key(i) || 'uten gruppe'; if (!groups.has(k)) groups.set(k, []); groups.get(k).push(label(i)); });
  return el('dl', { class: 'groups' }, ...[...groups].flatMap(([k, names]) => [el('dt', {}, k), el('dd', {}, names.join(', '))]));
}

// Everything the export holds for this document's type, one readable section per part.
function structure(doc, names) {
  const out = [];
  const add = (shown, title, id, ...content) => { if (shown) out.push(el('section', { id }, el('h2', {}, title), ...content)); };
  const e = doc.email;
  const mailbox = b => b.name && b.address ? b.name + ' <' + b.address + '>' : (b.name || b.address);
  const mailboxLinks = (boxes, param) => el('span', {}, ...boxes.flatMap((b, i) => [i ? ', ' : '',
    el('a', { href: searchHash(new URLSearchParams([[param, b.address || b.name]])) }, mailbox(b))]));
  add(e, 'E-post', 'email', e && el('dl', { class: 'envelope' },
    ...(e.from ? [el('dt', {}, 'Fra'), el('dd', { id: 'email-from' }, mailboxLinks([e.from], 'from'))] : []),
    ...(e.to.length ? [el('dt', {}, 'Til'), el('dd', { id: 'email-to' }, mailboxLinks(e.to, 'to'))] : []),
    ...(e.cc.length ? [el('dt', {}, 'Kopi'), el('dd', { id: 'email-cc' }, mailboxLinks(e.cc, 'to'))] : []),
    ...(e.sent ? [el('dt', {}, 'Sendt'), el('dd', {}, sentTime(e.sent))] : []),
    ...(e.messageId ? [el('dt', {}, 'Message-ID'), el('dd', { class: 'meta' }, e.messageId)] : [])));
  add((doc.thread || []).length > 1, 'Tråd (' + (doc.thread || []).length + ' meldinger)', 'thread', el('ol', { class: 'thread' },
    ...(doc.thread || []).map(m => el('li', {}, m.id === doc.id ? el('strong', {}, m.title || m.id)
      : el('a', { href: '#/doc/' + encodeURIComponent(m.id) }, m.title || m.id), ' ',
      el('span', { class: 'meta' }, join(m.from && (m.from.name || m.from.address), m.sent && sentTime(m.sent)))))));
  add((doc.caseNumbers || []).length, 'Saksnummer', 'case-numbers', el('p', {}, doc.caseNumbers.join(', ')));
  const s = doc.sender;
  add(s && Object.values(s).some(Boolean), 'Avsender', 'sender', el('p', {}, s && join(s.unit, s.organisationNumber && 'org.nr. ' + s.organisationNumber,
    s.postalAddress, s.visitingAddress, s.phone, s.email)));
  const q = doc.question;
  add(q && Object.values(q).some(Boolean), 'Spørsmålet', 'question-meta', el('p', {}, q && join(q.number && 'nr. ' + q.number, q.year,
    q.askedBy && join(q.askedBy.name, q.askedBy.party), q.addressedTo && 'til ' + q.addressedTo, q.followUpOf && 'oppfølging av ' + q.followUpOf)));
  const answers = new Map((doc.answers || []).map(a => [a.number, a]));
  const pairs = (doc.questions || []).map(qi => [qi, answers.get(qi.number)]);
  (doc.answers || []).filter(a => !(doc.questions || []).some(qi => qi.number === a.number)).forEach(a => pairs.push([null, a]));
  add(pairs.length, 'Spørsmål og svar', 'qa', ...pairs.map(([qi, a]) => el('div', { class: 'qa-pair' },
    qi ? el('div', { class: 'qa-q' }, el('strong', {}, 'Spørsmål ' + (qi.number || '')), marked(qi.text, names)) : null,
    a ? el('div', { class: 'qa-a' }, el('strong', {}, 'Svar ' + (a.number || '')), marked(a.text, names)) : null)));
  const m = doc.meeting;
  add(m, 'Møte', 'meeting', m && el('p', { class: 'meta' }, join(m.body, m.date, m.place, m.startTime && 'kl. ' + m.startTime + (m.endTime ? '–' + m.endTime : ''))),
    m && (m.members || []).length ? grouped(m.members, x => x.party, x => x.name + (x.role ? ' (' + x.role + ')' : '') + (x.present === false ? ' – forfall' : '')) : null,
    m && (m.items || []).length ? el('ol', { class: 'meeting-items' }, ...m.items.map(i => el('li', {},
      el('strong', {}, join(i.number, i.title)), i.caseNumber ? el('span', { class: 'meta' }, ' ' + i.caseNumber) : null,
      i.proposal ? el('p', {}, el('em', {}, 'Forslag: '), i.proposal) : null,
      i.votes ? el('p', { class: 'meta' }, i.votes.unanimous ? 'Enstemmig' : join(i.votes.forCount !== null && i.votes.forCount + ' for',
        i.votes.againstCount !== null && i.votes.againstCount + ' mot', (i.votes.parties || []).join(', '))) : null,
      i.decision ? el('p', { class: 'decision' }, el('strong', {}, 'Vedtak: '), i.decision) : null))) : null);
  add((doc.participants || []).length, 'Deltakere', 'participants', grouped(doc.participants || [], p => p.group, p => p.name));
  add(doc.organiser, 'Arrangør', 'organiser', el('p', {}, doc.organiser));
  add((doc.agenda || []).length, 'Saksliste', 'agenda', list(doc.agenda || [], a => [join(a.number, a.text),
    (a.topics || []).length ? list(a.topics, t => [join(t.label, t.title), (t.points || []).length ? list(t.points, p => p) : '']) : '']));
  add(doc.decision && (doc.decision.body || doc.decision.date), 'Vedtak', 'decision', el('p', {}, doc.decision && join(doc.decision.body, doc.decision.date)));
  add((doc.principles || []).length, 'Prinsipper', 'principles', list(doc.principles || [], p => join(p.section, p.text)));
  const c = doc.case;
  add(c, 'Sak', 'case', c && el('p', {}, join(c.caseNumber, c.officer && 'saksbehandler ' + c.officer, c.archiveCode && 'arkivkode ' + c.archiveCode)),
    c && (c.route || []).length ? list(c.route, r => join(r.body, r.itemNumber, r.date)) : null,
    c && c.recommendation ? el('p', {}, el('strong', {}, 'Innstilling: '), c.recommendation) : null);
  add((doc.goals || []).length, 'Mål og strategier', 'goals', el('ul', {}, ...(doc.goals || []).map(g =>
    el('li', {}, [g.area, g.goal].filter(Boolean).join(': '), el('ul', {}, ...(g.strategies || []).map(st => el('li', {}, st)))))));
  const cm = doc.committee;
  add(cm && (cm.members || []).length, cm && cm.name ? cm.name : 'Utvalg', 'committee',
    cm && grouped(cm.members || [], x => x.party, x => x.name + (x.role ? ' (' + x.role + ')' : '')));
  add((doc.slides || []).length, 'Lysbilder', 'slides', el('ol', { class: 'slides' }, ...(doc.slides || []).map(sl =>
    el('li', { value: sl.number || null }, el('strong', {}, sl.title || ''), el('div', { class: 'text' }, sl.text || '')))));
  add((doc.facts || []).length, 'Fakta', 'facts', list(doc.facts || [], f => join(f.text, f.value)));
  add((doc.references || []).length, 'Referanser', 'references', list(doc.references || [], r => r));
  add((doc.attachments || []).length, 'Vedlegg', 'attachments', list(doc.attachments || [], a => a));
  add(doc.signedBy && (doc.signedBy.initials || doc.signedBy.role), 'Signert', 'signed', el('p', {}, doc.signedBy && join(doc.signedBy.initials, doc.signedBy.role)));
  return out;
}

// When a message was sent, in Norwegian time: "5.2.2025 kl. 14:02".
function sentTime(instant) {
  const d = new Date(instant);
  return isNaN(d) ? instant : d.toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
}

// A file size as people read it: "830 B", "12,4 kB", "1,2 MB".
function fileSize(bytes) {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1000) return bytes + ' B';
  const [n, unit] = bytes < 1e6 ? [bytes / 1e3, 'kB'] : [bytes / 1e6, 'MB'];
  return n.toLocaleString('nb-NO', { maximumFractionDigits: 1 }) + ' ' + unit;
}

// A section's own text: up to its first subsection, whose text the section's text also holds.
function ownText(sections, i) {
  const s = sections[i];
  const child = sections[i + 1];
  if (!s.text || !child || !(child.level > s.level)) return s.text;
  for (const marker of [child.heading, (child.text || '').slice(0, 80)]) {
    const at = marker ? s.text.indexOf(marker) : -1;
    if (at >= 0) return s.text.slice(0, at).trimEnd();
  }
  return s.text;
}

async function documentPage(id) {
  const doc = await api('/api/documents/' + encodeURIComponent(id).replace(/%2F/g, '/'));
  const names = entityNames(doc);
  const body = el('div', { class: 'doc', id: 'document' },
    el('h1', { id: 'doc-title' }, doc.title || doc.id),
    el('p', { class: 'meta' }, [doc.docType, doc.date, doc.caseNumber, doc.format, doc.source].filter(Boolean).join(' · ')),
    doc.parentId ? el('p', { class: 'meta' }, 'Vedlegg i ', el('a', { href: '#/doc/' + encodeURIComponent(doc.parentId) }, doc.parentId))
      : el('p', {}, el('a', { id: 'original', href: '/original/' + encodeURIComponent(doc.id).replace(/%2F/g, '/'), download: '' }, 'Last ned originalfilen')));
  const entities = el('p', {});
  for (const [name, href] of names) entities.append(el('a', { class: 'entity', href }, name), ' ');
  if ((doc.renditions || []).length > 1) body.append(section('Utgaver av samme tekst', el('ul', { id: 'renditions' },
    ...doc.renditions.map(r => el('li', {}, r.id === doc.id ? el('strong', {}, r.source || r.id)
      : el('a', { href: '#/doc/' + encodeURIComponent(r.id) }, r.source || r.id), ' ',
      el('span', { class: 'meta' }, join(r.format, fileSize(r.bytes))))))));
  if (names.size) body.append(section('Organisasjoner og personer', entities));
  const cases = caseLinks(doc);
  if (cases) body.append(cases);
  structure(doc, names).forEach(s => body.append(s));
  if ((doc.measures || []).length) body.append(section('Tiltak', el('ul', {}, ...doc.measures.map(m =>
    el('li', {}, el('a', { href: '#/measures?q=' + encodeURIComponent(m.text) }, m.text),
      el('span', { class: 'meta' }, ' ' + [m.section && m.section + (m.item ? ' ' + m.item : ''), m.period, m.status, m.responsible].filter(Boolean).join(' · ')))))));
  if ((doc.sections || []).length) {
    body.append(el('section', { id: 'content' }, el('h2', {}, 'Innhold'), ...doc.sections.map((s, i) => el('div', { class: 'doc-section level-' + (s.level || 1) },
      el(s.level > 1 ? 'h4' : 'h3', {}, [s.number, s.heading].filter(Boolean).join(' ')),
      marked(ownText(doc.sections, i), names)))));
  } else {
    body.append(section('Tekst', marked(doc.text, names)));
  }
  const similar = await api('/api/similar?limit=5&id=' + encodeURIComponent(doc.id)).catch(() => []);
  if (similar.length) body.append(section('Lignende dokumenter', el('ul', {}, ...similar.map(h =>
    el('li', {}, el('a', { href: '#/doc/' + encodeURIComponent(h.id) }, h.title || h.id), ' ', el('span', { class: 'meta' }, h.id))))));
  return body;
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
  return el('div', { class: 'doc', id: 'organisation' },
    el('h1', { id: 'org-name' }, name),
    el('p', { class: 'meta' }, p.documentCount + ' dokumenter, ' + (p.firstDate || '?') + ' – ' + (p.lastDate || '?') + ' · ' +
      Object.entries(p.docTypes).map(([t, n]) => t + ' ' + n).join(', ')),
    section('Navn og varianter', nameLinks(p.variants, 'org')),
    section('Dokumenter', documentList(p.documents)),
    section('Nevnt sammen med', nameLinks(p.coOrganisations.slice(0, 30), 'org')),
    section('Tiltak', measureTable(p.measures)));
}

async function personPage(name) {
  const p = await api('/api/persons/' + encodeURIComponent(name));
  return el('div', { class: 'doc', id: 'person' },
    el('h1', {}, name),
    el('p', { class: 'meta' }, [p.roles.join(', '), p.parties.join(', '), (p.firstDate || '?') + ' – ' + (p.lastDate || '?')].filter(Boolean).join(' · ')),
    section('Navn og varianter', nameLinks(p.variants, 'person')),
    section('Dokumenter', documentList(p.documents)));
}

async function organisationsPage() {
  const orgs = await api('/api/organisations?limit=500');
  return el('div', { class: 'doc', id: 'organisations' }, el('h1', {}, 'Organisasjoner'), nameLinks(orgs, 'org'));
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
  const found = await api('/api/measures?limit=200&q=' + encodeURIComponent(q));
  const count = found.measures.length + ' tiltak' + (found.partial
    ? ' i de ' + found.documentsRead + ' nyeste dokumentene (flere dokumenter treffer; bruk flere ord)' : '');
  return el('div', { class: 'doc', id: 'measures' }, el('h1', {}, 'Tiltak'), form,
    el('p', {}, count), measureTable(found.measures));
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
