// The header's menu folds behind a button on a phone. Loaded in the head, before the page is drawn, so
// the menu is folded from the first paint; without scripts it simply stays open.
(function () {
    'use strict';
    document.documentElement.classList.add('js');
    document.addEventListener('DOMContentLoaded', function () {
        var toggle = document.querySelector('.site-menu-toggle');
        var menu = document.getElementById('site-menu');
        if (!toggle || !menu) {
            return;
        }

        toggle.addEventListener('click', function () {
            var open = menu.classList.toggle('open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && menu.classList.contains('open')) {
                menu.classList.remove('open');
                toggle.setAttribute('aria-expanded', 'false');
                toggle.focus();
            }
        });
    });
}());
