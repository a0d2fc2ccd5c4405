import type { Agent } from '../../../../shared/api/session';
import type { Complaint } from '../../../../shared/domain/complaint';
import { AnalysisForm } from './forms/analysis-form';
import { ClosureForm } from './forms/closure-form';
import { ExecutionForm } from './forms/execution-form';
import { FeedbackForm } from './forms/feedback-form';
import { IntakeCompletionForm } from './forms/intake-completion-form';
import { RegistrationForm } from './forms/registration-form';
import { SolutionForm } from './forms/solution-form';

/**
 * The form of the complaint's current stage. Keyed by stage and refusal round, so a form starts clean in a
 * new stage or round (a refused solution comes back empty; its history stays in the timeline), but keeps
 * what the agent typed across other changes (complexity, handler, notes).
 */
export function StageForm({ complaint, agent }: { complaint: Complaint; agent: Agent | null }) {
  const key = `${complaint.stage}-${complaint.solutionRefusals.length}`;
  switch (complaint.stage) {
    case 'intake':
      return <IntakeCompletionForm key={key} complaint={complaint} />;
    case 'registration':
      return <RegistrationForm key={key} complaint={complaint} agent={agent} />;
    case 'analysis':
      return <AnalysisForm key={key} complaint={complaint} />;
    case 'solution':
      return <SolutionForm key={key} complaint={complaint} />;
    case 'execution':
      return <ExecutionForm key={key} complaint={complaint} />;
    case 'feedback':
      return <FeedbackForm key={key} complaint={complaint} />;
    case 'closure':
      return <ClosureForm key={key} complaint={complaint} />;
  }
}
