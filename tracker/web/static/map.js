// Map: tell what a state or place holds when the pointer or focus is on it. The map works
// without this (each state and dot is a link with a title); this only adds the caption.
(function () {
  "use strict";
  var info = document.getElementById("map-info");
  if (!info) { return; }
  var initial = info.textContent;
  function show(el) {
    var name = el.getAttribute("data-name");
    var p = el.getAttribute("data-protective");
    var r = el.getAttribute("data-restrictive");
    info.textContent = name + ": " + p + " protective and " + r +
      " restrictive measures enacted. Select to list them.";
  }
  var links = document.querySelectorAll(".usmap a[data-name]");
  Array.prototype.forEach.call(links, function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("mouseleave", function () { info.textContent = initial; });
    el.addEventListener("blur", function () { info.textContent = initial; });
  });
})();
