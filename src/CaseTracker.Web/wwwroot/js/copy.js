// A button that copies the text of the field it names (data-copy="field-id") and says so where it stood,
// for the one-time set-password link an admin hands over. Without the Clipboard API (plain http), the
// text is selected so Ctrl+C finishes the job.
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }

        var field = document.getElementById(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }

        field.focus();
        field.select();
        var said = function () {
            button.textContent = button.getAttribute('data-copied');
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(said, function () { });
        } else if (document.execCommand && document.execCommand('copy')) {
            said();
        }
    });
}());
