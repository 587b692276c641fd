import { ActionItemsCard, CheckInsCard, MilestonesCard } from './ActionPlanCards';
import { useActionPlanForm } from './useActionPlanForm';

export function ActionPlanStep() {
  const state = useActionPlanForm();
  return (
    <form className="stack" onBlur={state.flush} onSubmit={(e) => e.preventDefault()} aria-label="Action plan">
      <ActionItemsCard state={state} />
      <MilestonesCard state={state} />
      <CheckInsCard state={state} />
    </form>
  );
}
