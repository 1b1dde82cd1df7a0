/* global Office */
// The ribbon's only command opens the taskpane (ShowTaskpane in manifest.xml); nothing runs here.
if (typeof Office !== "undefined") Office.onReady(() => undefined); // office.js may have failed to load: the taskpane says so
