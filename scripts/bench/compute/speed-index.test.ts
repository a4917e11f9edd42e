import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sharp from "sharp";
import { visualProgress, type TraceEvent } from "./speed-index";

const [WIDTH, HEIGHT] = [64, 36];

/** A screenshot as a trace holds it: a JPEG, base64, whose left `filled` part is dark blue and the rest white. */
async function screenshot(filled: number): Promise<string> {
  const white = sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: "#ffffff" } });
  const blue = await sharp({
    create: { width: Math.max(1, Math.round(WIDTH * filled)), height: HEIGHT, channels: 3, background: "#1e3a8a" },
  })
    .png()
    .toBuffer();
  const image = filled === 0 ? white : white.composite([{ input: blue, left: 0, top: 0 }]);
  return (await image.jpeg({ quality: 100 }).toBuffer()).toString("base64");
}

const START = 5_000_000;
const at = (ms: number) => START + ms * 1000;

async function trace(): Promise<TraceEvent[]> {
  const shot = async (ms: number, filled: number): Promise<TraceEvent> => ({
    name: "Screenshot",
    cat: "disabled-by-default-devtools.screenshot",
    ts: at(ms),
    args: { snapshot: await screenshot(filled) },
  });
  return [
    {
      name: "navigationStart",
      cat: "blink.user_timing",
      ts: START,
      args: { data: { isLoadingMainFrame: true, documentLoaderURL: "http://127.0.0.1/" } },
    },
    await shot(100, 0),
    await shot(300, 0.5),
    await shot(500, 1),
    { name: "end", cat: "toplevel", ts: at(700) },
  ];
}

describe("visual progress from a trace's screenshots", () => {
  it("should give each distinct frame's time after navigation start and how complete it looks, from blank to the last frame", async () => {
    const visual = (await visualProgress(await trace()))!;
    assert.deepEqual(
      visual.screenshots.map((s) => [Math.round(s.ms), s.visuallyComplete]),
      [
        [0, 0],
        [100, 0],
        [300, 50],
        [500, 100],
      ],
    );
    assert.ok(visual.screenshots.every((s) => s.jpeg.length > 0));
  });

  it("should integrate the curve into Speed Index: first paint, plus what was left to show until complete", async () => {
    // 300 ms to the first change, then half the page missing for 200 ms.
    assert.equal(Math.round((await visualProgress(await trace()))!.speedIndexMs), 400);
  });

  it("should give nothing for a trace without screenshots", async () => {
    assert.equal(await visualProgress((await trace()).filter((e) => e.name !== "Screenshot")), null);
  });
});
