import { expect, test } from "@playwright/test";
import { TECHNIQUES } from "../lib/contract/mode";
import { serverTiming } from "./support";

const ARTICLE = "/articles/a-practical-guide-to-brotli";

/** Every technique but one: what optimized mode costs without it. */
const allBut = (technique: string) => TECHNIQUES.filter((t) => t !== technique).join(",");

test.describe("each technique alone", () => {
  test("should ask the database again for the first comment only without first-item", async ({ request }) => {
    const optimized = await request.get(`${ARTICLE}?mode=optimized`);
    const without = await request.get(`${ARTICLE}?techniques=${allBut("first-item")}`);
    expect(serverTiming(without).queries).toBe(serverTiming(optimized).queries + 1);
    const firstComment = /<p class="first-comment">([^<]*(?:<!-- -->[^<]*)*)<\/p>/;
    expect(firstComment.exec(await optimized.text())?.[1]).toBeTruthy();
    expect(firstComment.exec(await without.text())?.[1]).toBe(firstComment.exec(await optimized.text())?.[1]);
  });
});
