import type { ChatMessage } from "../protocol/index.ts";
import { forcedTopicsOf, type ForcedTopic, type TriggerPolicy } from "./policy.ts";
import { quoted, toAction, type Signal } from "./signal.ts";
import { findTopic } from "./topic-match.ts";

/**
 * Signal 4: topics a person always handles, whatever the AI knows. Read
 * from the visitor's newest message, before the AI answers, so a legal
 * threat or an erasure request never gets a canned reply first.
 *
 * Each topic says how: "handoff" queues the conversation at once; "offer"
 * lets the AI answer and shows the visitor a "Talk to a person" button. The
 * default formal-complaint topic offers: the help article explains the
 * procedure, and complaints are handled by people, so the way to one is
 * always on screen.
 */
export function forcedTopicSignal(visitorMessage: ChatMessage, policy: TriggerPolicy): Signal | null {
  const hit = findTopic(forcedTopicsOf(policy), [visitorMessage]);
  if (!hit) return null;
  const action = toAction(hit.topic.action);
  const words = quoted(hit.phrase);
  return {
    name: "forced_topic",
    action,
    // A forced handoff outranks any offer; a forced offer ranks below explicit requests of the same action.
    score: action === "handoff" ? 1 : 0.9,
    evidence: [`topic: ${hit.topic.label}`, words],
    summary: summary(hit.topic, action === "handoff", words),
    topic: hit.topic.name,
  };
}

function summary(topic: ForcedTopic, handoff: boolean, words: string): string {
  return handoff ? `${topic.label}, always handled by a person: ${words}` : `${topic.label}: a person is offered (${words})`;
}
