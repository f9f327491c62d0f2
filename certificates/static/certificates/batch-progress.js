// Keeps the progress bar of a certificate batch current by polling its JSON endpoint.
// Without JavaScript the page shows the state at load time and a link to reload it.
(function () {
  "use strict";

  var INTERVAL_MS = 1500;

  function start(section) {
    var url = section.getAttribute("data-url");
    var bar = section.querySelector("progress");
    var text = section.querySelector("[data-progress-text]");

    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (state) {
          bar.value = state.percent;
          bar.textContent = state.percent + " %";
          text.textContent = state.text;
          if (state.finished) {
            // The finished page lists refusals and offers the ZIP.
            window.location.reload();
          } else {
            window.setTimeout(poll, INTERVAL_MS);
          }
        })
        .catch(function () {
          window.setTimeout(poll, INTERVAL_MS * 2);
        });
    }

    window.setTimeout(poll, INTERVAL_MS);
  }

  document.querySelectorAll("[data-batch-progress][data-running]").forEach(start);
})();
