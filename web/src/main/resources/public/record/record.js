// The page of one producer, dataset or observation (/producers/{id}, /datasets/{id}, /observations/{id}):
// what the pivot model holds, from /api/{kind}/{id} (docs/api.md#records), every value shown as text.
import { el, link, pages, period } from '/portal/dom.js';

const [, kind, encodedId] = location.pathname.split('/');
const id = decodeURIComponent(encodedId || '');
const main = document.getElementById('record');

function fields(rows) {
  return el('dl', { className: 'fields' }, rows.filter(([, value]) => value !== undefined && value !== null && value !== '')
    .flatMap(([name, value]) => [el('dt', { text: name }), el('dd', {}, value)]));
}

function table(headers, rows) {
  if (rows.length === 0) return el('p', { className: 'muted', text: 'none' });
  return el('table', { className: 'wide' }, [
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c ?? ''))))),
  ]);
}

function person(c) {
  return [[c.firstName, c.lastName].filter(Boolean).join(' '), c.role,
    c.email ? link('mailto:' + c.email, c.email) : '', [c.organisation, c.organisationAcronym].filter(Boolean).join(' '),
    c.orcid || ''];
}

function observations(list) {
  return table(['Observation', 'Variable', 'Unit', 'Station or dataset', 'Period'], list.map((o) => [
    link(pages.observation(o.observationId), o.name), o.variableLabel || '', o.unit, o.stationName || o.datasetId || '',
    period(o.firstTime, o.lastTime)]));
}

function resource(r) {
  if (!r) return null;
  const items = [];
  if (r.urlInfo) items.push(link(r.urlInfo, r.urlInfo));
  if (r.urlDownload) items.push(link(r.urlDownload, r.urlDownload));
  if (r.doi) items.push(link('https://doi.org/' + r.doi, 'doi:' + r.doi));
  (r.webservices || []).forEach((w) => items.push(link(w.url, w.description || w.url)));
  return items.length ? el('span', {}, items.flatMap((item, i) => (i ? [' · ', item] : [item]))) : null;
}

const render = {
  producers(p) {
    return [el('h1', { text: p.name + ' — ' + p.title }), fields([
      ['Producer', p.id], ['Description', p.description], ['Objectives', p.objectives],
      ['Measured variables', p.measuredVariables], ['E-mail', p.email ? link('mailto:' + p.email, p.email) : null],
      ['Online resources', resource(p.onlineResource)], ['Published', 'revision ' + p.revision + ', ' + p.importedAt],
    ]),
    el('h2', { text: 'Contacts' }), table(['Name', 'Role', 'E-mail', 'Organisation', 'ORCID'], p.contacts.map(person)),
    el('h2', { text: 'Funders' }), table(['Funder', 'Type', 'Country'], p.fundings.map((f) => [
      [f.acronym, f.name].filter(Boolean).join(' — ') || f.idScanR, f.type, f.country])),
    el('h2', { text: 'Datasets' }), table(['Dataset', 'Observations'], p.datasets.map((d) => [
      link(pages.dataset(d.id), d.title), d.observations]))];
  },
  datasets(d) {
    return [el('h1', { text: d.title }), fields([
      ['Dataset', d.id], ['Producer', link(pages.producer(d.producer.id), d.producer.name + ' — ' + d.producer.title)],
      ['Description', d.description], ['Objective', d.objective], ['Lineage', d.lineage],
      ['DOI and citation', d.doi ? el('span', {}, [link('https://doi.org/' + d.doi, 'doi:' + d.doi),
        ' — ' + d.producer.name + ' (' + (d.lastTime || '').slice(0, 4) + '). ' + d.title + '. https://doi.org/' + d.doi])
        : null],
      ['Licence', d.licenceUrl ? link(d.licenceUrl, d.licenceTitle || d.licenceUrl) : d.licenceTitle],
      ['Access and use', d.accessUseConstraint], ['Data policy', d.dataPolicyUrl ? link(d.dataPolicyUrl, d.dataPolicyUrl) : null],
      ['Embargo', d.embargoDays ? 'the last ' + d.embargoDays + ' days are visible to the producer only' : 'none'],
      ['Topic categories', (d.topicCategories || []).join(', ')], ['INSPIRE theme', d.inspireTheme],
      ['Keywords', (d.keywords || []).map((k) => k.keyword).join(', ')],
      ['Online resources', resource(d.onlineResource)], ['Period', period(d.firstTime, d.lastTime)],
      ['Spatial extent', d.spatialExtent ? JSON.stringify(d.spatialExtent.geometry || d.spatialExtent) : null],
    ]),
    el('h2', { text: 'Contacts' }), table(['Name', 'Role', 'E-mail', 'Organisation', 'ORCID'], d.contacts.map(person)),
    el('h2', { text: 'Observations' }), observations(d.observations)];
  },
  observations(o) {
    const variable = o.variable;
    const path = variable ? el('span', {}, [...variable.categoryPath.flatMap((iri, i) => [
      link(pages.concept(iri), variable.categoryLabels[i] || iri), ' › ']), link(pages.concept(variable.iri), variable.label)])
      : 'not resolved to a thesaurus variable';
    const sensors = ((o.procedure || {}).dataProduction || {}).sensors || [];
    return [el('h1', { text: o.name }), fields([
      ['Observation', o.observationId], ['Variable', path],
      ['French', variable ? variable.labelFr : null], ['Unit', o.unit], ['Description', o.description],
      ['Station', o.station.name + (o.station.latitude != null ? ' (' + o.station.latitude + ', ' + o.station.longitude + ')' : '')],
      ['Climate', o.climates.join(', ')], ['Geology', o.geologies.join(', ')], ['Country', o.countries.join(', ')],
      ['Dataset', link(pages.dataset(o.dataset.id), o.dataset.title)],
      ['Producer', link(pages.producer(o.producer.id), o.producer.name + ' — ' + o.producer.title)],
      ['Processing level', o.processingLevel], ['Data type', o.dataType],
      ['Period', period(o.firstTime, o.lastTime)], ['Declared period', period(o.declaredBegin, o.declaredEnd)],
      ['Licence', o.dataset.licenceUrl ? link(o.dataset.licenceUrl, o.dataset.licenceTitle || o.dataset.licenceUrl) : o.dataset.licenceTitle],
      ['Access and use', o.dataset.accessUseConstraint],
      ['Embargo', o.dataset.embargoDays ? 'the last ' + o.dataset.embargoDays + ' days are visible to the producer only' : 'none'],
      ['Method', ((o.procedure || {}).dataProduction || {}).method],
      ['Data', link('/api/series/' + encodeURIComponent(o.observationId) + '/data', 'download (pivot data file)')],
    ]),
    el('h2', { text: 'Sensors' }), table(['Type', 'Manufacturer', 'Model', 'Name'], sensors.map((s) => [
      s.sensorType, s.manufacturer, s.model, s.name])),
    el('h2', { text: 'Quality flags' }), table(['Code', 'Meaning'], (o.qualityFlags || []).map((f) => [f.code, f.description])),
    el('h2', { text: 'Other variables at this station' }), observations(o.sameStation),
    el('h2', { text: 'Other observations of the dataset' }), observations(o.sameDataset)];
  },
};

async function show() {
  const response = await fetch('/api/' + kind + '/' + encodeURIComponent(id));
  if (!response.ok) {
    main.replaceChildren(el('h1', { text: 'Not found' }), el('p', { text: 'Nothing is published as ' + id + '.' }));
    return;
  }
  const record = await response.json();
  main.replaceChildren(...render[kind](record));
  document.title = main.querySelector('h1').textContent + ' — insitu';
}

show();
