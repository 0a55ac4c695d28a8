/* CDO-Zirkel: small enhancements. Every page is complete without this script. */
(function () {
  "use strict";

  /* Calendar: the page is right as of its build; move events that have ended since then into the archive. */
  function moveEndedEvents(now) {
    var upcoming = document.getElementById("kommende-termine");
    var archive = document.getElementById("archiv");
    if (!upcoming || !archive) return;
    upcoming.querySelectorAll(".hub-event[data-ende]").forEach(function (item) {
      if (Date.parse(item.getAttribute("data-ende")) > now) return;
      var series = item.getAttribute("data-serie");
      if (series && archive.querySelector('.hub-event[data-serie="' + series + '"]')) {
        item.remove(); /* a series is in the archive once */
        return;
      }
      /* items come oldest first; inserting each right below the year heading keeps the archive newest first */
      var heading = yearSection(archive, item.getAttribute("data-jahr")).querySelector("h3");
      heading.parentNode.insertBefore(item, heading.nextSibling);
      item.classList.add("hub-event--vergangen");
    });
    upcoming.querySelectorAll(".hub-month").forEach(function (month) {
      month.hidden = !month.querySelector(".hub-event");
    });
    var empty = upcoming.querySelector(".hub-empty");
    if (empty) empty.hidden = !!upcoming.querySelector(".hub-month:not([hidden])");
  }

  function yearSection(archive, year) {
    var section = archive.querySelector('.hub-year[data-jahr="' + year + '"]');
    if (section) return section;
    section = document.createElement("div");
    section.className = "hub-year";
    section.setAttribute("data-jahr", year);
    var title = document.createElement("h3");
    title.textContent = year;
    section.appendChild(title);
    var later = Array.prototype.find.call(archive.querySelectorAll(".hub-year"), function (other) {
      return Number(other.getAttribute("data-jahr")) < Number(year);
    });
    var archiveHeading = archive.querySelector("h2");
    archive.insertBefore(section, later || (archiveHeading ? archiveHeading.nextSibling : null));
    return section;
  }

  /* Filters for the directory and the guides: without JavaScript the grouped lists and topic pages do the job. */
  function setUpFilters() {
    document.querySelectorAll(".hub-filter[data-filter-for]").forEach(function (filter) {
      var itemClass = filter.getAttribute("data-filter-for");
      var selects = filter.querySelectorAll("select[data-filter-key]");
      var text = filter.querySelector("input[data-filter-text]");
      var count = filter.querySelector(".hub-filter__count");
      var items = document.querySelectorAll("." + itemClass);
      function apply() {
        var shown = 0;
        var words = text ? plain(text.value).split(/\s+/).filter(Boolean) : [];
        items.forEach(function (item) {
          var visible = Array.prototype.every.call(selects, function (select) {
            var wanted = select.value;
            if (!wanted) return true;
            var values = (item.getAttribute("data-" + select.getAttribute("data-filter-key")) || "").split(" ");
            return values.indexOf(wanted) !== -1;
          });
          if (visible && words.length) {
            var haystack = plain(item.getAttribute("data-suche") || item.textContent);
            visible = words.every(function (word) { return haystack.indexOf(word) !== -1; });
          }
          item.hidden = !visible;
          if (visible) shown += 1;
        });
        document.querySelectorAll(".hub-group").forEach(function (group) {
          group.hidden = !group.querySelector("." + itemClass + ":not([hidden])");
        });
        if (count) count.textContent = shown === 1 ? "1 Eintrag" : shown + " Einträge";
      }
      selects.forEach(function (select) { select.addEventListener("change", apply); });
      if (text) text.addEventListener("input", apply);
      filter.hidden = false;
      apply();
    });
  }

  /* „Müller“ is found by „muller“ and „Muller“, „Weiß“ by „weiss“, „Yılmaz“ by „yilmaz“. */
  function plain(value) {
    return value.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/ı/g, "i");
  }

  /* Wide tables scroll sideways on phones; a keyboard user must be able to reach and scroll them.
     Checked again when the width changes (a phone turned upright), so a table that fits leaves the tab order. */
  function makeScrollingTablesFocusable() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrapper, index) {
      var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
      if (!scrolls) {
        if (wrapper.hasAttribute("data-hub-scroll")) {
          ["tabindex", "role", "aria-label", "data-hub-scroll"].forEach(function (name) { wrapper.removeAttribute(name); });
        }
        return;
      }
      if (wrapper.hasAttribute("tabindex")) return;
      var caption = wrapper.querySelector("caption");
      wrapper.setAttribute("tabindex", "0");
      wrapper.setAttribute("role", "region");
      wrapper.setAttribute("data-hub-scroll", "");
      wrapper.setAttribute("aria-label", caption ? caption.textContent : "Tabelle " + (index + 1) + ", seitlich verschiebbar");
    });
  }

  // Material's search opens as a dialog without a name; screen readers announce it as „Suche“.
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", "Suche");
    }
  }

  function init() {
    moveEndedEvents(Date.now());
    setUpFilters();
    makeScrollingTablesFocusable();
    window.addEventListener("resize", makeScrollingTablesFocusable);
    nameSearchDialog();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
