// Live preview for partial-date fields: shows how the typed text will be read before the form is saved.
// Progressive enhancement only; without JavaScript the server reads the date and reports problems.
(function () {
    "use strict";
    function attach(input) {
        var output = document.getElementById(input.dataset.preview);
        if (!output) {
            return;
        }
        // The entry a date counts from ("a week later"), when the field offers one.
        var after = input.dataset.after ? document.getElementById(input.dataset.after) : null;
        var timer = null;
        var update = function () {
            var text = input.value.trim();
            if (text === "") {
                output.textContent = "";
                return;
            }
            var query = "/dates/read?text=" + encodeURIComponent(text) + (after && after.value ? "&after=" + encodeURIComponent(after.value) : "");
            fetch(query, { credentials: "same-origin", headers: { "Accept": "application/json" } })
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
        if (after) {
            after.addEventListener("change", update);
        }
    }
    document.querySelectorAll("input[data-partial-date]").forEach(attach);
})();
