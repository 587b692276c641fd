export { SettingsPage } from './SettingsPage';
export { optionalNumber } from './ExpectationsEditor';
export { TARGET_FIELDS } from './targets';
export { useApplyDefaults } from './ApplyDefaults';
export { BackupAutomatic } from './BackupAutomatic';
export { BackupRecovery } from './BackupRecovery';
export { hasPlacements, TeamSettings, WhoAreYou } from './TeamSettings';
