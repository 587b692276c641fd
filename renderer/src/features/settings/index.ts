export { SettingsPage } from './SettingsPage';
export { optionalNumber } from './ExpectationsEditor';
export { TARGET_FIELDS } from './targets';
export { useApplyDefaults } from './ApplyDefaults';
