export { SettingsPage } from './SettingsPage';
export { TARGET_FIELDS, targetBoxes, targetText } from './targets';
export { useApplyDefaults } from './ApplyDefaults';
export { BackupAutomatic } from './BackupAutomatic';
export { BackupRecovery } from './BackupRecovery';
export { hasPlacements, TeamSettings, WhoAreYou } from './TeamSettings';
