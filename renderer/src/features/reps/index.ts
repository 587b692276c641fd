export { RepForm, ROLE_OPTIONS } from './RepForm';
export { RepFormDialog, RemoveRepDialog } from './RepDialogs';
export { RepsTable } from './RepsTable';
export { RosterImport } from './RosterImport';
export { RepChangeHistory } from './RepChangeHistory';
