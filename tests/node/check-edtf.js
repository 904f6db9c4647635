// Reads EDTF strings, one per line, on standard input and writes, per line, what the `edtf` package
// (the reference EDTF / ISO 8601-2 parser on npm) makes of it: its type and first and last day, or the
// parser's error. Used by Dates/EdtfExportTests; it only reports, the test decides.
"use strict";
const edtf = require("edtf").default;

const day = (ms) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null);
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = input.split("\n").filter((line) => line.length > 0).map((text) => {
    try {
      const value = edtf(text);
      return { text, ok: true, type: value.type, first: day(value.min), last: day(value.max) };
    } catch (error) {
      return { text, ok: false, error: String(error.message).split("\n")[0] };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
