// Shows the bounty choice only when a Dynamics area is picked, and each route's options only for that route.
(function () {
  var form = document.getElementById('lead-form');
  if (!form) { return; }
  var bounty = document.getElementById('bounty-choice');
  var peers = document.getElementById('peer-picker');
  var consent = document.getElementById('consent-choice');

  function update() {
    var eligible = form.querySelector('input[data-bounty="true"]:checked') !== null;
    bounty.hidden = !eligible;
    var vendor = document.getElementById('route-vendor').checked;
    peers.hidden = vendor;
    consent.hidden = !vendor;
  }

  form.addEventListener('change', update);
  update();
})();
