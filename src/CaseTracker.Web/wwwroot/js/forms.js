// Form feedback where the eye and the screen reader are: after a refused submit the summary of what to
// fix takes the focus; a field's server message is cleared as soon as the field is edited, so an old
// refusal never sits under a new value.
(function () {
    'use strict';
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
        summary.focus();
    }

    function clear(event) {
        var field = event.target;
        if (!field || !field.getAttribute || field.getAttribute('aria-invalid') !== 'true') {
            return;
        }

        field.removeAttribute('aria-invalid');
        field.classList.remove('is-invalid', 'input-validation-error');
        (field.getAttribute('aria-describedby') || '').split(/\s+/).forEach(function (id) {
            var message = id ? document.getElementById(id) : null;
            if (message && (message.classList.contains('invalid-feedback') || message.classList.contains('field-validation-error'))) {
                message.textContent = '';
                message.classList.remove('d-block');
            }
        });
    }

    document.addEventListener('input', clear, true);
    document.addEventListener('change', clear, true);
}());
