// Uploads a deposit with "Prefer: respond-async", then polls the import job to show its progress and,
// at the end, its report: every problem with its file, line, column or JSON path.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 500;
  document.querySelectorAll('.origin').forEach((span) => { span.textContent = location.origin; });

  $('upload').addEventListener('submit', (event) => {
    event.preventDefault();
    const producer = $('producer').value.trim();
    const file = $('file').files[0];
    if (!file) {
      return;
    }
    $('send').disabled = true;
    $('report').hidden = true;
    showProgress('Sending ' + file.name, 0, 1, '');
    const request = new XMLHttpRequest();
    const dryRun = $('dryRun').checked;
    request.open('POST', '/api/producers/' + encodeURIComponent(producer) + '/deposits' + (dryRun ? '?dryRun=true' : ''));
    request.setRequestHeader('Content-Type', 'application/zip');
    request.setRequestHeader('Prefer', 'respond-async');
    // a signed-in session's writes must carry this header (CSRF protection, docs/security.md)
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        showProgress('Sending ' + file.name, e.loaded, e.total, megabytes(e.loaded) + ' of ' + megabytes(e.total));
      }
    };
    request.onerror = () => finish('failed', 'The upload failed: the server could not be reached.', []);
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch (ignored) {
        // a proxy's HTML error page: reported below by its status
      }
      if (request.status === 202 && body) {
        poll(request.getResponseHeader('Location') || '/api/imports/' + body.id);
      } else if (body && body.report) {
        showJob(body);
      } else if (body && body.errors) {
        showReport({ outcome: 'REJECTED', problems: body.errors, detail: body.detail });
      } else {
        finish('failed', 'The server answered ' + request.status + ': ' + (body && body.detail ? body.detail : request.statusText), []);
      }
    };
    request.send(file);
  });

  function poll(url) {
    fetch(url, { headers: { Accept: 'application/json' } })
      .then((response) => response.json())
      .then((job) => {
        if (job.finishedAt) {
          showJob(job);
        } else {
          showJobProgress(job);
          setTimeout(() => poll(url), POLL_MS);
        }
      })
      .catch(() => finish('failed', 'Lost track of the import job; it goes on on the server: ' + url, []));
  }

  function showJobProgress(job) {
    const phase = job.phase || job.status;
    const stage = phase === 'loading' ? 'Publishing' : phase === 'validating' ? 'Checking' : 'Waiting';
    if (job.rowsTotal > 0) {
      showProgress(stage, job.rowsDone, job.rowsTotal, number(job.rowsDone) + ' of ' + number(job.rowsTotal)
        + ' rows, ' + job.filesDone + ' of ' + job.filesTotal + ' files');
    } else {
      showProgress(stage, job.filesDone, Math.max(job.filesTotal, 1), job.filesDone + ' of ' + job.filesTotal + ' files');
    }
  }

  function showJob(job) {
    showReport(job.report || { outcome: 'FAILED', problems: [] });
  }

  function showReport(report) {
    showQualification(report.qualification || []);
    const problems = report.problems || [];
    const errors = problems.filter((p) => p.severity === 'ERROR' || p.severity === 'error').length;
    const warnings = problems.length - errors;
    const counts = count(errors, 'error') + ', ' + count(warnings, 'warning') + '.';
    switch (report.outcome) {
      case 'IMPORTED':
        finish('imported', 'Imported and published', 'Producer ' + report.producerId + ', revision ' + report.revision + ': '
          + count(report.datasets, 'dataset') + ', ' + count(report.series, 'series', 'series') + ', '
          + count(report.rows, 'row') + ' (' + count(report.seriesReloaded, 'series', 'series') + ' reloaded). ' + counts, problems);
        break;
      case 'UNCHANGED':
        finish('unchanged', 'Unchanged', 'This deposit is the one already published for ' + report.producerId
          + ' (revision ' + report.revision + '): nothing to do. ' + counts, problems);
        break;
      case 'VALIDATED':
        finish('validated', 'Valid: nothing was published (check only)', count(report.datasets, 'dataset') + ', '
          + count(report.series, 'series', 'series') + ', ' + count(report.rows, 'row') + '. ' + counts
          + ' Upload it again without "check only" to publish it.', problems);
        break;
      case 'REJECTED':
        finish('rejected', 'Rejected: nothing was written', counts + ' Correct them and upload again; the previous'
          + ' version stays published.', problems);
        break;
      default:
        finish('failed', 'The import failed', report.detail || 'See the server log.', problems);
    }
  }

  function finish(kind, title, summary, problems) {
    $('progress').hidden = true;
    $('send').disabled = false;
    $('report').hidden = false;
    $('outcome').textContent = title;
    $('outcome').className = kind;
    $('summary').textContent = summary;
    const body = $('problems').tBodies[0];
    body.replaceChildren();
    problems.forEach((p) => {
      const row = body.insertRow();
      row.className = String(p.severity).toLowerCase();
      [p.severity, p.code, p.file, p.line, p.column, p.jsonPath, p.message].forEach((value, i) => {
        const cell = row.insertCell();
        const text = value === undefined || value === null ? '' : String(value);
        if (i === 1 || i === 5) {
          cell.appendChild(document.createElement('code')).textContent = text;
        } else {
          cell.textContent = text;
        }
      });
    });
    $('problems').hidden = problems.length === 0;
  }

  // One row per series: what a data manager checks before publishing (warnings, never errors).
  function showQualification(series) {
    const body = $('qualification').querySelector('tbody');
    body.replaceChildren();
    series.forEach((q) => {
      const row = body.insertRow();
      row.insertCell().appendChild(document.createElement('code')).textContent = q.observationId;
      numberCell(row, number(q.rows));
      numberCell(row, duration(q.stepSeconds));
      numberCell(row, q.stepSeconds === null ? '' : number(q.gaps) + (q.gaps > 0 ? ' (' + duration(q.longestGapSeconds) + ')' : ''),
        q.gaps > 0);
      numberCell(row, number(q.duplicates), q.duplicates > 0);
      row.insertCell().textContent = Object.entries(q.flags || {})
        .map(([code, n]) => (code === '' ? 'none' : code) + ': ' + number(n)).join(', ');
      numberCell(row, number(q.missing));
      numberCell(row, q.plausibleMin === null ? 'no range' : number(q.outsideRange), q.outsideRange > 0);
      numberCell(row, number(q.spikes), q.spikes > 0);
      row.insertCell().appendChild(sparkline(q.sparkline || []));
    });
    $('qualification').hidden = series.length === 0;
  }

  function numberCell(row, text, attention) {
    const cell = row.insertCell();
    cell.className = 'number' + (attention ? ' attention' : '');
    cell.textContent = text;
  }

  // The values' range (min to max) per run of rows as a band, and its middle as a line.
  function sparkline(points) {
    const NS = 'http://www.w3.org/2000/svg';
    const width = 120;
    const height = 24;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('role', 'img');
    if (points.length === 0) {
      svg.setAttribute('aria-label', 'no numeric values');
      return svg;
    }
    const low = Math.min(...points.map((p) => p[0]));
    const high = Math.max(...points.map((p) => p[1]));
    svg.setAttribute('aria-label', 'values from ' + low + ' to ' + high);
    const x = (i) => (points.length === 1 ? width / 2 : (i * (width - 2)) / (points.length - 1) + 1);
    const y = (v) => (high === low ? height / 2 : height - 1 - ((v - low) * (height - 2)) / (high - low));
    const band = document.createElementNS(NS, 'polygon');
    band.setAttribute('class', 'range');
    band.setAttribute('points', points.map((p, i) => x(i) + ',' + y(p[1]))
      .concat(points.map((p, i) => x(i) + ',' + y(p[0])).reverse()).join(' '));
    const line = document.createElementNS(NS, 'polyline');
    line.setAttribute('class', 'line');
    line.setAttribute('points', points.map((p, i) => x(i) + ',' + y((p[0] + p[1]) / 2)).join(' '));
    svg.append(band, line);
    return svg;
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return '';
    }
    // the largest unit the duration reaches, to one decimal: "17.7 d", not "25,454 min"
    const units = [[86400, 'd'], [3600, 'h'], [60, 'min'], [1, 's']];
    const [size, unit] = units.find(([s]) => seconds >= s) || [1, 's'];
    return (Math.round((seconds / size) * 10) / 10).toLocaleString('en') + ' ' + unit;
  }

  function showProgress(stage, done, total, detail) {
    $('progress').hidden = false;
    $('stage').textContent = stage;
    $('bar').max = total;
    $('bar').value = done;
    $('detail').textContent = detail;
  }

  // "1 row", "2 rows": a report that says "1 rows" reads as a bug
  function count(n, singular, plural) {
    return number(n) + ' ' + (Number(n) === 1 ? singular : plural || singular + 's');
  }

  function number(n) {
    return Number(n || 0).toLocaleString('en');
  }

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1) + ' MB';
  }
}());
