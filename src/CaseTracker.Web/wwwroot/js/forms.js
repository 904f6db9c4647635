// Form feedback where the eye and the screen reader are: after a refused submit the summary of what to
// fix takes the focus; a field's server message is cleared as soon as the field is edited, so an old
// refusal never sits under a new value.
(function () {
    'use strict';
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
        summary.focus();
    }

    // After a save the page opens at the saved record (#incident-…): the confirmation moves into that
    // record, which is marked and takes the focus, so eye and screen reader land on what just changed.
    // The record itself is focused (not the message): the browser focuses a focusable fragment target
    // after scripts run, and would otherwise take the focus back to the page.
    // On a large case page only the newest records of a kind are shown (RecordWindows): a link to an
    // older one (#incident-…) asks the server for the page of that kind that holds it.
    var target = /^#(incident|complaint|response|act|proceeding|step)-([0-9a-f-]{36})$/.exec(location.hash);
    var kinds = { incident: 'incidents', complaint: 'complaints', response: 'complaints', act: 'acts', proceeding: 'proceedings', step: 'proceedings' };
    if (target && !document.getElementById(location.hash.slice(1))) {
        var window_ = document.querySelector('[data-record-window="' + kinds[target[1]] + '"]');
        var query = new URLSearchParams(location.search);
        if (window_ && query.get('at') !== target[2]) {
            query.set('show', kinds[target[1]]);
            query.set('at', target[2]);
            query.delete('from');
            location.replace(location.pathname + '?' + query.toString() + location.hash);
            return;
        }
    }

    var status = document.querySelector('[data-status-message]');
    var saved = status && location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (saved) {
        saved.classList.add('just-saved');
        saved.insertBefore(status, saved.firstChild);
        status.classList.add('mb-2');
        saved.setAttribute('tabindex', '-1');
        saved.focus();
    } else if (status) {
        status.focus();
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
