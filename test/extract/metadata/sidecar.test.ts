/** Sidecar files and the checks every caller-stated value goes through. */
import { describe, expect, it } from "vitest";
import {
  checkMetaFields,
  mergeMetaInputs,
  metaInputKey,
} from "../../../src/extract/metadata/meta-input.js";
import { parseSidecar, sidecarPathFor } from "../../../src/extract/metadata/sidecar.js";

const NOW = new Date("2024-06-01T12:00:00Z");

describe("sidecarPathFor", () => {
  it.each([
    ["corpus/a.txt", "corpus/a.meta.json"],
    ["page.html", "page.meta.json"],
    ["notes.MD", "notes.meta.json"],
    ["image.png", null],
  ])("%s → %s", (path, expected) => {
    expect(sidecarPathFor(path)).toBe(expected);
  });
});

describe("parseSidecar", () => {
  it("keeps date, url and title, dated SIDECAR, and ignores other keys", () => {
    const json =
      '{"date": "2023-05-09", "url": "https://x.org/a", "title": " A  title ", "note": 1}';
    expect(parseSidecar(json, "a.meta.json", NOW)).toEqual({
      date: "2023-05-09",
      url: "https://x.org/a",
      title: "A title",
      dateSource: "SIDECAR",
    });
  });

  it("accepts a sidecar without a date", () => {
    expect(parseSidecar('{"url": "http://x.org/2023/05/09/a.html"}', "a.meta.json", NOW)).toEqual({
      url: "http://x.org/2023/05/09/a.html",
    });
  });

  const BAD: Array<[string, string, RegExp]> = [
    ["not JSON", "{date: 2023}", /^a\.meta\.json: not JSON \(.*\); expected an object/],
    ["an array", "[1, 2]", /^a\.meta\.json: expected a JSON object .*got an array$/],
    [
      "a date not written YYYY-MM-DD",
      '{"date": "May 9, 2023"}',
      /field date: expected a date written YYYY-MM-DD, got "May 9, 2023"/,
    ],
    [
      "a day that does not exist",
      '{"date": "2023-02-29"}',
      /field date: expected a real calendar day, got "2023-02-29"/,
    ],
    [
      "a future date",
      '{"date": "2024-06-03"}',
      /field date: expected a day no later than 2024-06-02, not in the future, got "2024-06-03"/,
    ],
    [
      "a URL that is not http(s)",
      '{"url": "file:///etc/passwd"}',
      /field url: expected an absolute http\(s\) URL/,
    ],
    ["a title that is not a string", '{"title": 3}', /field title: expected a non-empty string/],
  ];
  it.each(BAD)("refuses %s with METADATA_INVALID naming the file and field", (_, json, message) => {
    let error: unknown;
    try {
      parseSidecar(json, "a.meta.json", NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "METADATA_INVALID" });
    expect((error as Error).message).toMatch(message);
  });
});

describe("caller metadata", () => {
  it("names flags as flags and lets the API choose its code", () => {
    expect(() =>
      checkMetaFields(
        { date: "2023-13-01" },
        { where: "the command line", fieldLabel: (f) => `--${f}` },
      ),
    ).toThrow(/^the command line: --date: expected a real calendar day, got "2023-13-01"$/);
    expect(() =>
      checkMetaFields({ url: "ftp://x" }, { where: "ingestDocument", code: "BAD_USER_INPUT" }),
    ).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
  });

  it("merges the caller's values over the sidecar's, field by field", () => {
    const sidecar = { date: "2023-05-09", url: "https://x.org/a", title: "Sidecar" };
    expect(mergeMetaInputs({ date: "2023-05-10" }, sidecar)).toEqual({
      date: "2023-05-10",
      url: "https://x.org/a",
      title: "Sidecar",
      dateSource: "CALLER",
    });
    expect(mergeMetaInputs({ title: "Mine" }, sidecar)).toMatchObject({
      date: "2023-05-09",
      title: "Mine",
      dateSource: "SIDECAR",
    });
    expect(mergeMetaInputs({}, null)).toEqual({});
  });

  it("keys what was stated, so that a changed sidecar is seen", () => {
    expect(metaInputKey(undefined)).toBeNull();
    expect(metaInputKey({})).toBeNull();
    const a = metaInputKey({ date: "2023-05-09", dateSource: "SIDECAR" });
    expect(a).not.toBeNull();
    expect(metaInputKey({ date: "2023-05-10", dateSource: "SIDECAR" })).not.toBe(a);
    expect(metaInputKey({ date: "2023-05-09", dateSource: "CALLER" })).not.toBe(a);
  });
});
