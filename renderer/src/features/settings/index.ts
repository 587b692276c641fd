export { SettingsPage } from './SettingsPage';
export { TARGET_FIELDS, optionalNumber } from './ExpectationsEditor';
