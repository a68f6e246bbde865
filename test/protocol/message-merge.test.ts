import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../../worker/protocol/index.ts";
import { contiguousSeq, lastSeq, mergeBySeq } from "../../worker/protocol/message-merge.ts";
import { MessageList } from "../../console/src/conversation/message-list.ts";

const m = (seq: number, text = `m${seq}`, id = `id${seq}`): ChatMessage => ({
  seq,
  id,
  clientId: null,
  role: "visitor",
  author: null,
  authorId: null,
  text,
  at: seq,
});
const seqs = (log: ChatMessage[]) => log.map((x) => x.seq);

describe("merging a conversation's messages by seq (widget and console)", () => {
  it("keeps one entry per seq, sorted, whatever order and how often they arrive", () => {
    const log = mergeBySeq(mergeBySeq([], [m(3), m(1)]), [m(2), m(3), m(1), m(5)]);
    expect(seqs(log)).toEqual([1, 2, 3, 5]);
    expect(seqs(mergeBySeq(log, [m(4)]))).toEqual([1, 2, 3, 4, 5]);
    // A page after everything known, with a repeat inside it.
    expect(seqs(mergeBySeq(log, [m(6), m(6), m(7)]))).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it("returns the same array when nothing changed, and replaces an entry only when the stored copy differs", () => {
    const log = mergeBySeq([], [m(1), m(2)]);
    expect(mergeBySeq(log, [m(2), m(1)])).toBe(log);
    expect(mergeBySeq(log, [])).toBe(log);
    const replaced = mergeBySeq(log, [m(2, "stored text", "server-id")]);
    expect(replaced.map((x) => x.text)).toEqual(["m1", "stored text"]);
  });

  it("knows up to where the log has no holes, from its oldest entry", () => {
    const log = mergeBySeq([], [m(4), m(5), m(7)]);
    expect(contiguousSeq(log)).toBe(5);
    expect(contiguousSeq([])).toBe(0);
    expect(lastSeq(log)).toBe(7);
    expect(lastSeq([])).toBe(0);
  });

  it("the console's list says whether a seq was new and resumes after the first hole", () => {
    const list = new MessageList();
    expect(list.add(m(2))).toBe(true);
    expect(list.contiguousSeq).toBe(0);
    expect(list.add(m(1))).toBe(true);
    expect(list.add(m(3))).toBe(true);
    expect(list.add(m(5))).toBe(true);
    expect(list.add(m(1))).toBe(false);
    expect(list.contiguousSeq).toBe(3);
    expect(list.add(m(4))).toBe(true);
    expect([list.contiguousSeq, list.highestSeq, list.size]).toEqual([5, 5, 5]);
    expect(seqs(list.all())).toEqual([1, 2, 3, 4, 5]);
  });
});
