import { MessagesSquare } from 'lucide-react';
import { ComingNext } from './ComingNext';

export function RoleplayPage() {
  return (
    <ComingNext
      title="Role-play"
      icon={<MessagesSquare size={24} />}
      summary="Here coaches will run role-plays that train the exact skill the numbers say is weak."
      items={[
        'A library of scripts: scenario, buyer persona, objections with branches',
        'A session runner with a timer and a rubric scored 1 to 5',
        'Score history per rep and skill, with scripts suggested from the weak stage',
      ]}
    />
  );
}
