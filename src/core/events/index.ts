export * from './partner-select.js';
export * from './job-select.js';
export * from './inquiry-sent.js';
export * from './inquiry-failed.js';
