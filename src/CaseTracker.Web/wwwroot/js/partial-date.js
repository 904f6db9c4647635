// Live preview for partial-date fields: shows how the typed text will be read before the form is saved.
// Progressive enhancement only; without JavaScript the server reads the date and reports problems.
(function () {
    "use strict";
    function attach(input) {
        var output = document.getElementById(input.dataset.preview);
        if (!output) {
            return;
        }
        var timer = null;
        var update = function () {
            var text = input.value.trim();
            if (text === "") {
                output.textContent = "";
                return;
            }
            fetch("/dates/read?text=" + encodeURIComponent(text), { credentials: "same-origin", headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (reading) {
                    if (!reading || input.value.trim() !== text) {
                        return;
                    }
                    output.textContent = reading.ok ? output.dataset.readAs.replace("{0}", reading.text) : reading.text;
                    output.classList.toggle("text-danger", !reading.ok);
                })
                .catch(function () { output.textContent = ""; });
        };
        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(update, 250);
        });
    }
    document.querySelectorAll("input[data-partial-date]").forEach(attach);
})();
