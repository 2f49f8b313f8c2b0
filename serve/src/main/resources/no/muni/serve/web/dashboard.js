'use strict';
// muni dashboard: the figures of /api/aggregates (the same as `muni export --format aggregates`) drawn
// with the vendored Chart.js (vendor/chartjs/). Names from documents reach the page only as chart
// labels, which Chart.js draws on a canvas, or through el() as text nodes.

const UNDATED = 'uten dato';
const UNKNOWN = 'ikke oppgitt';
const TOP_ORGANISATIONS = 12;
const SELECTABLE_ORGANISATIONS = 50;
const TOP_PAIRS = 10;

// The figures are static: without animation a chart is complete as soon as it is drawn.
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

const STACKED = { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } };
const COUNTS = { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } };

function yearLabel(year) { return year === null ? UNDATED : String(year); }
function orUnknown(value) { return value === null ? UNKNOWN : value; }
function distinct(values) { return [...new Set(values)]; }

// Every year from the first to the last dated document, so gaps show as zero, then undated documents.
function yearAxis(agg) {
  const years = agg.documentsByYearAndType.map(r => r.year).filter(y => y !== null);
  const axis = [];
  if (years.length) {
    for (let y = Math.min(...years); y <= Math.max(...years); y++) axis.push(String(y));
  }
  if (years.length < agg.documentsByYearAndType.length) axis.push(UNDATED);
  return axis;
}

// Counts of rows [{year, count}] laid on the year axis.
function countsByYear(axis, rows) {
  const counts = new Map(rows.map(r => [yearLabel(r.year), r.count]));
  return axis.map(label => counts.get(label) || 0);
}

function chart(id, type, labels, datasets, options, searchOf) {
  const withClick = searchOf ? Object.assign({}, options, {
    // a bar leads to the search it counts: the same filters in the search page
    onClick: (event, bars, c) => {
      if (!bars.length) return;
      const params = searchOf(c.data.labels[bars[0].index], c.data.datasets[bars[0].datasetIndex].label);
      if (params) location.href = '/#/search?' + params.toString();
    },
  }) : options;
  return new Chart(document.getElementById(id), { type, data: { labels, datasets }, options: withClick });
}

// Search parameters for a year label and a type (either may be absent or unknown).
function filters(year, type) {
  const params = new URLSearchParams();
  if (year && year !== UNDATED) params.append('year', year);
  if (type && type !== UNKNOWN) params.append('type', type);
  return params;
}

function card(title, canvasId, ...controls) {
  return el('section', { class: 'card' }, el('h2', {}, title), ...controls,
    el('div', { class: 'chart' }, el('canvas', { id: canvasId, role: 'img', 'aria-label': title })));
}

function documentsByYearAndType(agg, axis) {
  const rows = agg.documentsByYearAndType;
  chart('chart-years', 'bar', axis, distinct(rows.map(r => r.docType)).map(type => ({
    label: orUnknown(type), data: countsByYear(axis, rows.filter(r => r.docType === type)),
  })), STACKED, (year, type) => filters(year, type));
}

function topOrganisations(agg) {
  const top = agg.organisations.slice(0, TOP_ORGANISATIONS);
  chart('chart-organisations', 'bar', top.map(o => o.name),
    [{ label: 'Dokumenter', data: top.map(o => o.documents) }],
    { indexAxis: 'y', plugins: { legend: { display: false } },
      // every bar keeps its name: Chart.js would otherwise leave out every other label when space is short
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } },
    name => new URLSearchParams([['org', name]]));
}

// One organisation's documents per year; the select box switches organisation in place.
function organisationOverTime(agg, axis, select) {
  const organisations = agg.organisations.slice(0, SELECTABLE_ORGANISATIONS);
  organisations.forEach(o => select.append(el('option', { value: o.name }, o.name + ' (' + o.documents + ')')));
  const byName = new Map(organisations.map(o => [o.name, o]));
  const first = organisations[0];
  const over = chart('chart-organisation', 'bar', axis, [{ label: first.name, data: countsByYear(axis, first.byYear) }], COUNTS,
    (year, name) => { const p = filters(year, null); p.append('org', name); return p; });
  select.addEventListener('change', () => {
    const o = byName.get(select.value);
    over.data.datasets[0].label = o.name;
    over.data.datasets[0].data = countsByYear(axis, o.byYear);
    over.update();
  });
}

// Measures per policy area, stacked by status.
function measuresByArea(agg) {
  const rows = agg.measures;
  const areas = distinct(rows.map(r => orUnknown(r.policyArea)));
  const datasets = distinct(rows.map(r => orUnknown(r.status))).map(status => ({
    label: status,
    data: areas.map(area => rows.filter(r => orUnknown(r.policyArea) === area && orUnknown(r.status) === status)
      .reduce((sum, r) => sum + r.count, 0)),
  }));
  chart('chart-measures', 'bar', areas, datasets, STACKED);
}

function pairList(agg) {
  return el('section', { class: 'card' }, el('h2', {}, 'Nevnt sammen oftest'),
    el('ol', { id: 'pairs' }, ...agg.organisationPairs.slice(0, TOP_PAIRS).map(p =>
      el('li', {}, p.organisations.join(' + '), ' ', el('span', { class: 'count' }, '(' + p.documents + ' dokumenter)')))));
}

function summary(agg) { // "dokumenter" are works: renditions of one text count once
  return [agg.aggregates.documents + ' dokumenter', agg.generatedAt && 'indeksert ' + new Date(agg.generatedAt).toLocaleString('nb-NO'),
    agg.pipelineVersion && 'pipeline ' + agg.pipelineVersion].filter(Boolean).join(' · ');
}

async function dashboard() {
  const agg = await api('/api/aggregates');
  document.getElementById('summary').textContent = summary(agg);
  const figures = agg.aggregates;
  const axis = yearAxis(figures);
  const select = el('select', { id: 'organisation-select', 'aria-label': 'Organisasjon' });
  // [shown, card, draw]: a chart is drawn once its canvas is on the page, and only over some data.
  const parts = [
    [figures.documents > 0, card('Dokumenter per år og type', 'chart-years'), () => documentsByYearAndType(figures, axis)],
    [figures.organisations.length > 0, card('Organisasjoner i flest dokumenter', 'chart-organisations'),
      () => topOrganisations(figures)],
    [figures.organisations.length > 0, card('Dokumenter per år som nevner', 'chart-organisation', select),
      () => organisationOverTime(figures, axis, select)],
    [figures.measures.length > 0, card('Tiltak per politikkområde og status', 'chart-measures'), () => measuresByArea(figures)],
    [figures.organisationPairs.length > 0, pairList(figures), () => {}],
  ].filter(([shown]) => shown);
  document.getElementById('charts').replaceChildren(...parts.map(([, node]) => node));
  parts.forEach(([, , draw]) => draw());
}

dashboard().catch(e => {
  document.getElementById('summary').replaceChildren(el('span', { class: 'error', id: 'error' }, e.message));
});
