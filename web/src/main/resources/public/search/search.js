// The search page: every state (words, facets, years, list, sort, page) lives in the URL, so that a
// search can be shared and back / forward replay it. Data from GET /api/search (docs/api.md#search).
import { el, link, pages, period } from '/portal/dom.js';

const FACETS = [
  ['producer', 'Producers'], ['funder', 'Funders'], ['variable', 'Variables'], ['climate', 'Climate'],
  ['geology', 'Geology'], ['country', 'Countries'], ['level', 'Processing level'],
];
const LISTS = [['observations', 'Observations'], ['datasets', 'Datasets'], ['producers', 'Producers']];
const SORTS = {
  observations: [['title', 'name'], ['producer', 'producer'], ['start', 'start'], ['-end', 'latest end']],
  datasets: [['title', 'title'], ['-observations', 'most observations'], ['start', 'start'], ['-end', 'latest end']],
  producers: [['title', 'title'], ['-observations', 'most observations'], ['start', 'start']],
};

const form = document.getElementById('search-form');

function state() {
  return new URLSearchParams(location.search);
}

function go(params) {
  history.pushState(null, '', '/search' + (params.toString() ? '?' + params : ''));
  load();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = state();
  for (const name of ['q', 'from', 'to']) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value); else params.delete(name);
  }
  params.delete('page');
  go(params);
});

document.getElementById('sort').addEventListener('change', (event) => {
  const params = state();
  params.set('sort', event.target.value);
  params.delete('page');
  go(params);
});

window.addEventListener('popstate', load);

async function load() {
  const params = state();
  for (const name of ['q', 'from', 'to']) form.elements[name].value = params.get(name) || '';
  const response = await fetch('/api/search?' + params);
  const result = await response.json();
  if (!response.ok) {
    document.getElementById('totals').textContent = (result.errors || []).map((e) => e.parameter + ': ' + e.message).join('; ');
    return;
  }
  facets(result.facets, params);
  document.getElementById('totals').textContent = result.observations + ' observations in ' + result.datasets
    + ' datasets of ' + result.producers + ' producers';
  lists(params);
  results(result.hits);
  pager(result.hits, params);
  stations(result.stations);
}

function facets(all, params) {
  const aside = document.getElementById('facets');
  aside.replaceChildren(...FACETS.filter(([name]) => (all[name] || []).length > 0).map(([name, title]) => {
    const chosen = params.getAll(name);
    return el('fieldset', {}, [el('legend', { text: title }), ...all[name].map((value) => {
      const box = el('input', { type: 'checkbox', name, value: value.value });
      box.checked = chosen.includes(value.value);
      box.addEventListener('change', () => {
        const next = state();
        const values = next.getAll(name).filter((v) => v !== value.value);
        if (box.checked) values.push(value.value);
        next.delete(name);
        values.forEach((v) => next.append(name, v));
        next.delete('page');
        go(next);
      });
      return el('label', {}, [box, el('span', { text: value.label }), el('span', { className: 'count', text: value.count })]);
    })]);
  }));
}

function lists(params) {
  const current = params.get('list') || 'observations';
  document.getElementById('lists').replaceChildren(...LISTS.map(([name, title]) => {
    const next = new URLSearchParams(params);
    next.set('list', name);
    next.delete('page');
    next.delete('sort');
    const a = link('/search?' + next, title);
    if (name === current) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', (event) => { event.preventDefault(); go(next); });
    return a;
  }));
  const select = document.getElementById('sort');
  select.replaceChildren(...SORTS[current].map(([value, text]) => el('option', { value, text })));
  select.value = params.get('sort') || 'title';
}

function results(hits) {
  const table = document.getElementById('results');
  const rows = {
    observations: [['Observation', 'Variable', 'Station', 'Producer', 'Period'], (h) => [
      link(pages.observation(h.observationId), h.name), h.variableLabel || '', h.stationName,
      link(pages.producer(h.producerId), h.producerId), period(h.firstTime, h.lastTime)]],
    datasets: [['Dataset', 'Producer', 'Observations', 'Period'], (h) => [
      link(pages.dataset(h.id), h.title), link(pages.producer(h.producerId), h.producerId), h.observations,
      period(h.firstTime, h.lastTime)]],
    producers: [['Producer', 'Title', 'Datasets', 'Observations', 'Period'], (h) => [
      link(pages.producer(h.id), h.name), h.title, h.datasets, h.observations, period(h.firstTime, h.lastTime)]],
  }[hits.list];
  table.tHead.replaceChildren(el('tr', {}, rows[0].map((title) => el('th', { scope: 'col', text: title }))));
  table.tBodies[0].replaceChildren(...hits.items.map((hit) => el('tr', {}, rows[1](hit).map((cell) => el('td', {}, cell)))));
}

function pager(hits, params) {
  const pages = Math.max(1, Math.ceil(hits.total / hits.size));
  const step = (page, text) => {
    const next = new URLSearchParams(params);
    next.set('page', page);
    const a = link('/search?' + next, text);
    a.addEventListener('click', (event) => { event.preventDefault(); go(next); });
    return a;
  };
  document.getElementById('pager').replaceChildren(
    hits.page > 1 ? step(hits.page - 1, '← previous') : '',
    el('span', { text: 'page ' + hits.page + ' of ' + pages }),
    hits.page < pages ? step(hits.page + 1, 'next →') : '');
}

function stations(list) {
  document.getElementById('stations').replaceChildren(...list.map((s) => el('li', {}, [
    s.name + ' (' + s.producerId + ', ' + s.observations + ')'])));
}

load();
