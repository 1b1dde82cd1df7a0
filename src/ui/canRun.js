// Fördela's start check, inlined into the taskpane and the web page by the build. It must run in
// any browser engine, so it is ES5 (eslint holds this file to ES5). Excel without Microsoft Edge
// WebView2 shows add-ins in Internet Explorer 11 or the old Edge ("Browsers and webview controls
// used by Office Add-ins"; the fallback the <Runtimes> manifest reference names), which cannot
// run the bundles (ES2022, BigInt for the money): the loading line would stay for ever.
// The test is the bundles themselves: they are deferred, so by DOMContentLoaded they have run, or
// failed to parse or start. The interface marks #app when it starts (src/ui/page.ts); without
// that mark, the page says what to do instead.
(function () {
  var TEXT = {
    taskpane: [
      ["sv", "Fördela kan inte starta i den här versionen av Excel: den visar tillägg i en äldre webbläsarmotor (till exempel Internet Explorer 11 eller den gamla Edge) som inte kan köra Fördela. Använd Excel på webben eller en aktuell Excel för Microsoft 365 (den visar tillägg med Microsoft Edge WebView2), eller Fördelas webbsida för .xlsx-filer."],
      ["en", "Fördela cannot start in this version of Excel: it shows add-ins in an older browser engine (Internet Explorer 11 or the old Edge, for example) that cannot run Fördela. Use Excel on the web or a current Excel for Microsoft 365 (it shows add-ins with Microsoft Edge WebView2), or Fördela's web page for .xlsx files."],
    ],
    web: [
      ["sv", "Fördela kan inte köras i den här webbläsaren: den är för gammal (till exempel Internet Explorer 11). Öppna sidan i en aktuell webbläsare: Microsoft Edge, Chrome, Firefox eller Safari."],
      ["en", "Fördela cannot run in this browser: it is too old (Internet Explorer 11, for example). Open the page in a current browser: Microsoft Edge, Chrome, Firefox or Safari."],
    ],
  };
  document.addEventListener("DOMContentLoaded", function () {
    var app = document.getElementById("app");
    if (!app || app.getAttribute("data-started") !== null) return;
    var lines = TEXT[app.getAttribute("data-host")] || TEXT.web;
    var box = document.createElement("div");
    box.id = "cannot-run";
    box.className = "alert shown";
    box.setAttribute("role", "alert");
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", lines[i][0]);
      p.appendChild(document.createTextNode(lines[i][1]));
      box.appendChild(p);
    }
    // In place of the loading line: one message, nothing that waits for the bundles.
    while (app.firstChild) app.removeChild(app.firstChild);
    app.appendChild(box);
  });
})();
