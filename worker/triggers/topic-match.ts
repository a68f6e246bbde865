import type { ChatMessage } from "../protocol/index.ts";
import { Memo } from "./memo.ts";
import { compilePattern, PatternSet, preparedText, type PreparedText } from "./phrase-pattern.ts";
import type { Topic } from "./policy.ts";

/** A topic found in a visitor message, with the words that showed it. */
export interface TopicHit<T extends Topic = Topic> {
  topic: T;
  /** The visitor's words that matched a pattern. */
  phrase: string;
  /** Which message they were in. */
  seq: number;
}

type Compiled = { patterns: PatternSet; exclude: PatternSet };

// Policies are parsed once per site and reused: compile each topic once.
const cache = new WeakMap<Topic, Compiled>();

function compiled(topic: Topic): Compiled {
  let entry = cache.get(topic);
  if (!entry) {
    entry = {
      patterns: new PatternSet(topic.patterns.map((p) => compilePattern(p))),
      exclude: new PatternSet(topic.exclude.map((p) => compilePattern(p, true))),
    };
    cache.set(topic, entry);
  }
  return entry;
}

/** The words of `text` that put it on `topic`, or null (also when an exclude pattern matches). */
export function matchTopic(topic: Topic, text: PreparedText): string | null {
  let seen = matches.get(topic);
  if (!seen) matches.set(topic, (seen = new Memo()));
  return seen.get(text.text, () => matchUncached(topic, text));
}

// A conversation's recent messages are matched again after every answer: remember per topic and text.
const matches = new WeakMap<Topic, Memo<string | null>>();

function matchUncached(topic: Topic, text: PreparedText): string | null {
  const { patterns, exclude } = compiled(topic);
  const phrase = patterns.first(text);
  if (!phrase) return null;
  return exclude.first(text) !== null ? null : phrase;
}

/** The first topic (in policy order) any of the messages is on; newest message first. */
export function findTopic<T extends Topic>(topics: readonly T[], messages: readonly ChatMessage[]): TopicHit<T> | null {
  for (const message of [...messages].reverse()) {
    const prepared = preparedText(message.text);
    for (const topic of topics) {
      const phrase = matchTopic(topic, prepared);
      if (phrase) return { topic, phrase, seq: message.seq };
    }
  }
  return null;
}
