/**
 * Words that say how the visitor feels or how strongly they say it
 * ("ridiculous", "ugh", "seriously"), not what they ask about. One the
 * knowledge base never uses must not count as the unanswered part of the
 * question: "this is ridiculous, my refund still hasn't come" asks about the
 * refund. The sentiment package's AFINN word list tells the negative ones
 * (positive words often ask for a judgement the knowledge base may not
 * make: "your favourite trail"); a few intensifiers it lacks are listed here.
 */
import Sentiment from "sentiment";

const analyzer = new Sentiment();
const INTENSIFIERS = new Set("seriously honestly literally totally absolutely basically ugh omg wtf lol hey hiya anyway anyways frankly".split(" "));

export function isMoodWord(word: string): boolean {
  return INTENSIFIERS.has(word) || analyzer.analyze(word).score < 0;
}
