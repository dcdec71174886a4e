/* global document, window, fetch, setTimeout, clearTimeout */
// Warns two minutes before an idle session ends, in an alert region the page already holds, with
// a link that keeps the session going without leaving the page (reloading it without JavaScript).
(function () {
  'use strict';
  var note = document.querySelector('[data-session-seconds]');
  var region = document.getElementById('session-warning');
  if (!note || !region) return;
  var WARN_BEFORE_MS = 2 * 60 * 1000;
  var deadline = Date.now() + Number(note.getAttribute('data-session-seconds')) * 1000;
  var lang = document.documentElement.lang || 'lv';
  var timer = null;
  var clock = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'lv-LV', {
    timeZone: 'Europe/Riga',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  function text(name, time) {
    return (note.getAttribute('data-' + name) || '').replace('{time}', time);
  }

  function schedule() {
    if (timer !== null) clearTimeout(timer);
    var left = deadline - Date.now();
    if (left <= 0) return expired();
    if (left <= WARN_BEFORE_MS) return warn();
    timer = setTimeout(warn, left - WARN_BEFORE_MS);
  }

  // The region stays in the page, empty, so screen readers announce what is put into it.
  function say(message) {
    message.className = 'notice';
    region.textContent = '';
    region.appendChild(message);
  }

  function warn() {
    var time = clock.format(new Date(deadline));
    var message = document.createElement('p');
    message.textContent = text('warning', time) + ' ';
    var link = document.createElement('a');
    link.href = window.location.href;
    link.textContent = text('continue', time);
    link.addEventListener('click', keepAlive);
    message.appendChild(link);
    say(message);
    timer = setTimeout(expired, Math.max(0, deadline - Date.now()));
  }

  function expired() {
    var message = document.createElement('p');
    message.textContent = text('expired', '');
    say(message);
  }

  function keepAlive(event) {
    event.preventDefault();
    fetch('/sesija', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('session ended');
        return response.json();
      })
      .then(function (session) {
        deadline = Date.now() + session.secondsLeft * 1000;
        var time = clock.format(new Date(deadline));
        var ends = document.getElementById('session-ends');
        if (ends) ends.textContent = text('ends', time);
        region.textContent = '';
        schedule();
      })
      .catch(function () {
        window.location.reload();
      });
  }

  schedule();
})();
