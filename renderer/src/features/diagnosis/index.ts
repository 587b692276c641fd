// The diagnosis data, read once for the whole app and shared by every page (see useDiagnosis.ts).
export * from './useDiagnosis';
