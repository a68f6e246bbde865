import type { ChatMessage } from "../protocol/index.ts";
import { compilePattern, matchPattern, prepareText, type CompiledPattern, type PreparedText } from "./phrase-pattern.ts";
import type { Topic } from "./policy.ts";

/** A topic found in a visitor message, with the words that showed it. */
export interface TopicHit<T extends Topic = Topic> {
  topic: T;
  /** The visitor's words that matched a pattern. */
  phrase: string;
  /** Which message they were in. */
  seq: number;
}

type Compiled = { patterns: CompiledPattern[]; exclude: CompiledPattern[] };

// Policies are parsed once per site and reused: compile each topic once.
const cache = new WeakMap<Topic, Compiled>();

function compiled(topic: Topic): Compiled {
  let entry = cache.get(topic);
  if (!entry) {
    entry = { patterns: topic.patterns.map((p) => compilePattern(p)), exclude: topic.exclude.map((p) => compilePattern(p, true)) };
    cache.set(topic, entry);
  }
  return entry;
}

/** The words of `text` that put it on `topic`, or null (also when an exclude pattern matches). */
export function matchTopic(topic: Topic, text: PreparedText): string | null {
  const { patterns, exclude } = compiled(topic);
  let phrase: string | null = null;
  for (const pattern of patterns) {
    phrase = matchPattern(pattern, text);
    if (phrase) break;
  }
  if (!phrase) return null;
  return exclude.some((pattern) => matchPattern(pattern, text)) ? null : phrase;
}

/** The first topic (in policy order) any of the messages is on; newest message first. */
export function findTopic<T extends Topic>(topics: readonly T[], messages: readonly ChatMessage[]): TopicHit<T> | null {
  for (const message of [...messages].reverse()) {
    const prepared = prepareText(message.text);
    for (const topic of topics) {
      const phrase = matchTopic(topic, prepared);
      if (phrase) return { topic, phrase, seq: message.seq };
    }
  }
  return null;
}
