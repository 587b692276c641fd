import type { PlanStep } from '@shared/schemas';
import { ActionPlanStep } from './ActionPlanStep';
import { ConsequencesStep } from './ConsequencesStep';
import { DevelopmentStep } from './DevelopmentStep';
import { DiagnosisStep } from './DiagnosisStep';
import { ExpectationsStep } from './ExpectationsStep';
import { FactsStep } from './FactsStep';
import { PushbackStep } from './PushbackStep';
import { QuestionsStep } from './QuestionsStep';
import { ReviewStep } from './ReviewStep';
import { TalkingPointsStep } from './TalkingPointsStep';

export const STEP_LABELS: Record<PlanStep, string> = {
  facts: 'Facts',
  expectations: 'Expectations',
  diagnosis: 'Diagnosis',
  'talking-points': 'Talking points',
  questions: 'Questions',
  pushback: 'Pushback',
  'consequences-support': 'Consequences & support',
  'action-plan': 'Action plan',
  'development-plan': 'Development plan',
  review: 'Review',
};

export function StepView({ step }: { step: PlanStep }) {
  switch (step) {
    case 'facts':
      return <FactsStep />;
    case 'expectations':
      return <ExpectationsStep />;
    case 'diagnosis':
      return <DiagnosisStep />;
    case 'talking-points':
      return <TalkingPointsStep />;
    case 'questions':
      return <QuestionsStep />;
    case 'pushback':
      return <PushbackStep />;
    case 'consequences-support':
      return <ConsequencesStep />;
    case 'action-plan':
      return <ActionPlanStep />;
    case 'development-plan':
      return <DevelopmentStep />;
    case 'review':
      return <ReviewStep />;
  }
}
