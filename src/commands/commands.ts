/* global Office */
// The ribbon's only command opens the taskpane (ShowTaskpane in manifest.xml); nothing runs here.
Office.onReady(() => undefined);
