// Keeps the deadline countdowns current without reloading the page; the server renders the same wording.
(function () {
  function amount(ms) {
    var minutes = Math.floor(ms / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var mins = minutes % 60;
    if (days > 0) { return days + ' d ' + hours + ' h'; }
    if (hours > 0) { return hours + ' h ' + mins + ' min'; }
    return mins > 0 ? mins + ' min' : 'mindre än 1 min';
  }
  function update() {
    var now = Date.now();
    document.querySelectorAll('[data-due]').forEach(function (element) {
      var left = Date.parse(element.getAttribute('data-due')) - now;
      element.textContent = left < 0 ? 'försenad ' + amount(-left) : 'om ' + amount(left);
      element.classList.toggle('overdue', left < 0);
    });
  }
  setInterval(update, 30000);
})();
