/**
 * The calibration page: a trivial static page, a heading and a paragraph in the browser's
 * default styles, no image and no script. Loaded in the same rounds as the modes, on the same
 * link, from a server that does no work, it shows what a page costs this browser on this
 * machine at the least: the floor the optimized page is measured against.
 */
export const CALIBRATION_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Calibration</title></head>
<body><h1>Calibration</h1><p>A trivial static page: what any page costs this browser on this machine.</p></body>
</html>
`;

/** The label the reports give the calibration page, beside naive and optimized. */
export const CALIBRATION = "calibration";

/** The optimized page's DOMContentLoaded should come within this of the calibration page's. */
export const DCL_GOAL_MS = 100;
