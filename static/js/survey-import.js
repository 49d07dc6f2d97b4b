// The survey import's progress bar in the admin (surveys/templates/surveys/admin/job.html): polls the
// job's JSON status and shows how far it has come; reloads the page for the result when it is done.
(function () {
  "use strict";
  var root = document.querySelector("[data-survey-import-status-url]");
  if (!root) {
    return;
  }
  var url = root.getAttribute("data-survey-import-status-url");
  var bar = root.querySelector("[data-survey-import-bar]");
  var text = root.querySelector("[data-survey-import-text]");
  var lastText = text ? text.textContent.trim() : "";
  var failures = 0;

  function show(status) {
    if (bar) {
      bar.value = status.percent;
      bar.textContent = status.percent + " %";
    }
    var label = status.text;
    // Only when it changes, so that a screen reader is not flooded.
    if (text && label && label !== lastText) {
      text.textContent = label;
      lastText = label;
    }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json();
      })
      .then(function (status) {
        failures = 0;
        if (status.state === "running") {
          show(status);
          window.setTimeout(poll, 700);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        failures += 1;
        window.setTimeout(poll, Math.min(10000, 1000 * failures));
      });
  }

  window.setTimeout(poll, 500);
})();
