// The pages' own behaviour, from one file so that the Content-Security-Policy can forbid inline
// scripts: forms that send themselves on change, buttons that ask for confirmation, and the
// warning before a session ends.
(function () {
  "use strict";
  // Every form is checked by the server, which names each problem in the reader's language in the
  // error summary, all in one round: the browser's own bubbles (a number out of range, an e-mail
  // address) would stop at the first problem, in the browser's language (issue 25 #16).
  function serverChecked() {
    document.querySelectorAll("form").forEach(function (form) {
      form.noValidate = true;
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", serverChecked);
  } else {
    serverChecked();
  }
  // A button that makes people wait on purpose (sign-in checks the password with a deliberately
  // slow hash) says so while the page waits: its words change to data-busy, and it is marked busy.
  document.addEventListener("submit", function (e) {
    var button = e.submitter;
    if (button && button.getAttribute && button.getAttribute("data-busy")) {
      var label = button.querySelector(".ui-button-text");
      (label || button).textContent = button.getAttribute("data-busy");
      button.setAttribute("aria-busy", "true");
    }
  });
  document.addEventListener("change", function (e) {
    if (e.target && e.target.getAttribute && e.target.getAttribute("data-autosubmit") === "true") {
      // through the form's own button when it has one, so that its action runs (the language
      // switch redirects to the page's full address, its request and filters included)
      var button = e.target.form.querySelector("input[type=submit], button[type=submit]");
      if (button) {
        button.click();
      } else {
        e.target.form.submit();
      }
    }
  });
  document.addEventListener("click", function (e) {
    var el = e.target && e.target.closest ? e.target.closest("[data-confirm]") : null;
    if (el && !window.confirm(el.getAttribute("data-confirm"))) {
      e.preventDefault();
    }
    // a button that copies a field's value (a new token's secret) and says so
    var copy = e.target && e.target.closest ? e.target.closest("[data-copy]") : null;
    if (copy) {
      var field = document.getElementById(copy.getAttribute("data-copy"));
      var status = document.getElementById("copyStatus");
      var said = function () {
        if (status) {
          status.textContent = copy.getAttribute("data-copied");
        }
      };
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(said, function () {
          document.execCommand("copy");
          said();
        });
      } else {
        document.execCommand("copy");
        said();
      }
    }
    var print = e.target && e.target.closest ? e.target.closest("[data-print]") : null;
    if (print) {
      e.preventDefault();
      window.print();
    }
  });
})();

// Warns a signed-in user two minutes before their session ends if a form on the page holds input
// they have not sent, and lets them stay signed in. Texts and timings come from the page.
(function () {
  "use strict";
  var holder = document.getElementById("session-timeout");
  if (!holder) {
    return;
  }
  var seconds = parseInt(holder.getAttribute("data-seconds"), 10);
  if (!(seconds > 0)) {
    return;
  }
  var warnBefore = Math.min(120, Math.floor(seconds / 4));
  var dirty = false;
  var timer = null;
  var banner = null;

  document.addEventListener("input", function (e) {
    if (e.target && e.target.form) {
      dirty = true;
    }
  });
  document.addEventListener("change", function (e) {
    if (e.target && e.target.form && e.target.type === "file") {
      dirty = true;
    }
  });
  document.addEventListener("submit", function () {
    dirty = false;
  });

  function schedule(after) {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, after * 1000);
  }

  function check() {
    if (dirty) {
      warn();
    } else {
      schedule(15); // nothing to lose yet; look again until the session ends
    }
  }

  function warn() {
    if (banner) {
      return;
    }
    banner = document.createElement("div");
    banner.className = "session-warning";
    banner.setAttribute("role", "alertdialog");
    banner.setAttribute("aria-live", "assertive");
    banner.id = "session-warning";
    var text = document.createElement("p");
    text.id = "session-warning-text";
    text.textContent = holder.getAttribute("data-warning");
    banner.setAttribute("aria-labelledby", text.id);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "primary-button";
    button.id = "session-stay";
    button.textContent = holder.getAttribute("data-stay");
    button.addEventListener("click", stay);
    banner.appendChild(text);
    banner.appendChild(button);
    document.body.appendChild(banner);
    button.focus();
  }

  function stay() {
    fetch(holder.getAttribute("data-ping"), { credentials: "same-origin", method: "POST" })
      .then(function () {
        if (banner) {
          banner.remove();
          banner = null;
        }
        schedule(seconds - warnBefore);
      });
  }

  schedule(seconds - warnBefore);
})();

// A table caption that says how the table is sorted ("oldest first", "newest first"): PrimeFaces
// re-renders only the rows when a column is sorted, so the caption follows the sorted column's
// aria-sort here. The words come from the page (data-ascending, data-descending); until a column
// is sorted, the caption the page came with (the order chosen in the address) stays.
(function () {
  "use strict";
  function update() {
    document.querySelectorAll(".sort-caption[data-descending]").forEach(function (caption) {
      var table = caption.closest(".ui-datatable");
      var sorted = table ? table.querySelector("th[aria-sort='descending'],th[aria-sort='ascending']") : null;
      var prefix = sorted && sorted.classList.contains("col-due") && caption.hasAttribute("data-due-ascending") ? "data-due-" : "data-";
      var descending = sorted && sorted.getAttribute("aria-sort") === "descending";
      if (!caption.hasAttribute("data-chosen")) {
        // the order chosen in the address, as the server wrote it: shown until a column is sorted
        caption.setAttribute("data-chosen", caption.textContent);
      }
      var text = sorted
        ? caption.getAttribute(prefix + (descending ? "descending" : "ascending"))
        : caption.getAttribute("data-chosen");
      if (caption.textContent !== text) { // else the change would observe itself, forever
        caption.textContent = text;
      }
    });
  }
  new MutationObserver(update).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["aria-sort"]
  });
})();

// After a refused post the error summary takes the focus (the page lands on it, a screen reader
// reads it); after a post that leads to a next step (a confirmation), that step does. A link of
// the summary moves the focus to its field, not only the view.
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  var next = summary || document.querySelector("[data-focus-on-load]");
  if (next) {
    next.focus();
    next.scrollIntoView({ block: "start" });
  }
  document.addEventListener("click", function (e) {
    var link = e.target && e.target.closest ? e.target.closest("#error-summary a[data-target]") : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("data-target"));
    if (field) {
      e.preventDefault();
      var input = field.matches("input, select, textarea, button")
        ? field
        : field.querySelector("input, select, textarea, button");
      (input || field).focus();
      (input || field).scrollIntoView({ block: "center" });
    }
  });
})();
