export * from './catalog.ts';
export * from './neighbours.ts';
