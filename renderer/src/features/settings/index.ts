export { SettingsPage } from './SettingsPage';
export { TARGET_FIELDS, optionalNumber } from './ExpectationsEditor';
export { BackupAutomatic } from './BackupAutomatic';
export { BackupRecovery } from './BackupRecovery';
