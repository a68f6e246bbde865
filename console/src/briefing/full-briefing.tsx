import type { Briefing } from "../../../worker/protocol/index.ts";
import { AiTriedList, attemptsDigest } from "./ai-tried-list.tsx";
import { BriefingSection } from "./briefing-section.tsx";
import { FactChips } from "./fact-chips.tsx";
import { OpeningEditor } from "./opening-editor.tsx";
import { PageDetails } from "./page-details.tsx";
import { PreviousList, previousDigest } from "./previous-list.tsx";
import { SentimentDetails, Sparkline, TrendBadge } from "./sentiment-trend.tsx";
import { TriggerList, triggerDigest } from "./trigger-list.tsx";
import { VisitorDetails, visitorDigest } from "./visitor-details.tsx";

interface Props {
  briefing: Briefing;
  firstQuestion: string | null;
  onUseOpening?: (text: string) => void;
}

/**
 * The server's briefing: the gist and the opening line up front, the
 * evidence in folding sections below (each says its essential when folded).
 */
export function FullBriefing({ briefing, firstQuestion, onUseOpening }: Props) {
  const pageUrl = briefing.page?.url ?? null;
  const showFirst = firstQuestion && !briefing.wants.includes(firstQuestion.trim());
  return (
    <div class="brief-body">
      <div class="brief-layout">
        <div class="brief-main">
          <p class="brief-summary" data-testid="briefing-summary">
            {briefing.summary}
          </p>
          <div class="brief-keys">
            <div class="brief-key" data-testid="briefing-wants">
              <span class="briefing-label">Wants</span>
              <p class="brief-wants">{briefing.wants}</p>
              {showFirst && (
                <p class="muted brief-first" data-testid="briefing-first-question">
                  First asked: “{firstQuestion}”
                </p>
              )}
            </div>
            <div class="brief-key" data-testid="briefing-facts">
              <span class="briefing-label">Facts</span>
              <FactChips facts={briefing.facts} />
            </div>
          </div>
          <OpeningEditor suggestion={briefing.suggestedOpening} onUse={onUseOpening} />
        </div>
        <div class="bsecs">
          <BriefingSection id="triggers" title="Why handed off" digest={triggerDigest(briefing.triggers)} testId="briefing-triggers" defaultOpen>
            <TriggerList reason={briefing.reason} triggers={briefing.triggers} />
          </BriefingSection>
          <BriefingSection id="ai" title="What the AI tried" digest={attemptsDigest(briefing.aiTried)} testId="briefing-ai-tried" defaultOpen>
            <AiTriedList attempts={briefing.aiTried} pageUrl={pageUrl} />
          </BriefingSection>
          <BriefingSection
            id="sentiment"
            title="Sentiment"
            digest={
              <>
                <TrendBadge sentiment={briefing.sentiment} />
                <Sparkline sentiment={briefing.sentiment} />
              </>
            }
            testId="briefing-sentiment"
          >
            <SentimentDetails sentiment={briefing.sentiment} />
          </BriefingSection>
          <BriefingSection id="page" title="Page" digest={briefing.page?.title || briefing.page?.url || "Unknown"} testId="briefing-page">
            <PageDetails page={briefing.page} />
          </BriefingSection>
          <BriefingSection id="visitor" title="Visitor" digest={visitorDigest(briefing.visitor)} testId="briefing-visitor">
            <VisitorDetails visitor={briefing.visitor} />
          </BriefingSection>
          <BriefingSection id="previous" title="Previous conversations" digest={previousDigest(briefing.previous)} testId="briefing-previous">
            <PreviousList previous={briefing.previous} />
          </BriefingSection>
        </div>
      </div>
    </div>
  );
}
