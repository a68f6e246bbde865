import { describe, expect, it } from "vitest";
import { formatDuration, formatValue, orderFigures, sampleText } from "../../console/src/reports/report-format.ts";
import type { Figure } from "../../worker/protocol/index.ts";

describe("how report figures read", () => {
  it("shows each unit as people read it", () => {
    expect(formatValue(1204, "count")).toBe("1,204");
    expect(formatValue(0.384, "ratio")).toBe("38%");
    expect(formatValue(0.042, "ratio")).toBe("4.2%");
    expect(formatValue(1, "ratio")).toBe("100%");
    expect(formatValue(4.333, "score")).toBe("4.3");
    expect(formatValue(0.125, "sentiment")).toBe("+0.13");
    expect(formatValue(-0.4, "sentiment")).toBe("−0.40");
    expect(formatValue(125_000, "ms")).toBe("2m 05s");
  });

  it("shows a dash, never 0, for a figure nothing defined", () => {
    for (const unit of ["count", "ratio", "ms", "score", "sentiment"] as const) expect(formatValue(null, unit)).toBe("—");
  });

  it("reads durations from milliseconds to days", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(45_000)).toBe("45s");
    expect(formatDuration(72 * 60_000)).toBe("1h 12m");
    expect(formatDuration(51 * 3_600_000)).toBe("2d 3h");
  });

  it("says what a figure was computed from", () => {
    const figure: Figure = { key: "csat_ai", unit: "score", value: null, sample: 0 };
    expect(sampleText(figure)).toBe("no data");
    expect(sampleText({ ...figure, value: 4, sample: 1200 })).toBe("of 1,200");
  });

  it("puts the headline figures first and keeps the rest in the server's order", () => {
    const figure = (key: Figure["key"]): Figure => ({ key, unit: "count", value: 1, sample: 1 });
    const ordered = orderFigures([figure("reopen_rate"), figure("csat_ai"), figure("conversations"), figure("capacity_use")]);
    expect(ordered.map((f) => f.key)).toEqual(["conversations", "csat_ai", "reopen_rate", "capacity_use"]);
  });
});
