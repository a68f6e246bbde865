/**
 * The weights sentence selection combines its evidence with. Set by hand,
 * then by coordinate search on the answer suite's dev set only
 * (worker/cli/tune-answers.ts); the test set never informs them.
 */
export const SCORING = {
  /** Weight of a question word told as the visitor's situation, outside the clause that asks. */
  context: 0.6,
  /** Credit of a question word found in the sentence itself, as a synonym, as a typo, in the section heading, in a neighbouring sentence, in the article title. */
  text: 1,
  alternative: 0.94,
  typo: 0.9,
  heading: 0.82,
  near: 0.5,
  /** …and as the broader word policies use for it ("tent" → "item"). */
  broader: 0.6,
  title: 0.44,
  /** What a sentence about another place than the one asked loses, as a share of the place's weight. */
  placeMismatch: 0.5,
  /** Share of the place fit left to a sentence that goes the other way with it ("to" for "from"): none, as if it named another. */
  otherWay: 0,
  /** A sentence that gives the kind of answer the question's form asks for; more for an amount, duration, number or time. */
  form: 0.12,
  concreteForm: 0.4,
  /** The sentence's number is the asked one, or its range holds it (times the fit). */
  quantity: 0.5,
  /** The sentence's period holds (or does not hold) the asked day. */
  period: 0.3,
  /** "which UK size": the sentence gives a number in that size system. */
  sizeSystem: 0.2,
  /** "can I cancel?": the sentence says "you can cancel" / "cannot be cancelled". */
  action: 0.1,
  /** The sentence defines words the question names ("Out for delivery: …"), for a label of three words or more. */
  label: 1,
  /** "you cancelled my order": the sentence says what "we" do about it. */
  weDid: 0.5,
  /** Two consecutive question words side by side in the sentence ("VAT number"). */
  pair: 0.08,
  /** "how many stars": the sentence counts them ("1 to 5 stars"). */
  counted: 0.2,
  /** A question for a last day from a named day, and a "within N days" rule in the sentence. */
  rule: 0.4,
  /** First sentence of a section; first of the article, for a question about its subject as a whole. */
  lead: 0.03,
  articleLead: 0.25,
  /** The section heading asks what the visitor asks ("Where is my order?"). */
  headingForm: 0.2,
  /** Most the bonuses above add up to. */
  bonusCap: 0.6,
  /** The passage's coverage of the question and its full-text relevance. */
  passagePrior: 0.15,
  relevancePrior: 0.15,
  /** What the section is about: its heading matching the question, its article's title and tags naming it. */
  aboutHeading: 0.3,
  aboutArticle: 0.3,
  /** …and its heading worded like the question, function words included ("What can I do in the store?"). */
  aboutWording: 0.2,
  /** A section whose heading matches the question this well is answered from its first sentence. */
  faqHeading: 0.5,
  /** The next sentence joins the answer when it carries this share of what the best one does. */
  goesOn: 0.4,
  /** A list row is shown alone when it scores this much above the next best row. */
  rowMargin: 0.12,
  /** An answer is completed from its article by a sentence carrying at least this share of the question that it leaves out. */
  completeShare: 0.1,
  /** A part of a question is answered on its own only by a sentence carrying this share of it. */
  partCoverage: 0.5,
};

/**
 * The confidence model (extract/answer-confidence.ts): one weight per
 * feature, in FEATURES order, and the bias. Fitted by logistic regression on
 * the dev set (covered questions should be answered, uncovered declined),
 * with the bias set so that the embedded provider's decline threshold (0.45)
 * is where the model is as sure either way.
 */
export const CONFIDENCE = {
  weights: [2.3, 1.57, -1.83, 1.24, 0.62, 0.96, 0.45],
  bias: -3.23,
};
