// Small enhancements only: every page works without this script (forms and links; the progress page refreshes
// itself with a meta refresh inside <noscript>). Served by the server itself; no inline script (CSP).
(function () {
  'use strict';
  // Progress of a batch upload: ask the server how far it is instead of reloading the whole page.
  var job = document.getElementById('job');
  if (job && job.getAttribute('data-finished') !== 'true') {
    var bar = document.getElementById('job-progress');
    var label = document.querySelector('label[for="job-progress"]');
    var poll = function () {
      fetch(job.getAttribute('data-status'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (s) {
          bar.value = s.done;
          bar.max = s.total;
          if (label && s.label) { label.textContent = s.label; }
          if (s.finished) { window.location.reload(); } else { window.setTimeout(poll, 700); }
        })
        .catch(function () { window.setTimeout(function () { window.location.reload(); }, 2000); });
    };
    window.setTimeout(poll, 500);
  }
  // Ask before deleting a lot, an offer or an accepted risk.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
})();
