export * from './accounts.js';
export * from './competition.js';
export * from './history.js';
export * from './imports.js';
export * from './limits.js';
export * from './registry.js';
export * from './tallies.js';
