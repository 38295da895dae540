export * from './anchors.ts';
export * from './catalog.ts';
export * from './neighbours.ts';
export * from './seat-path.ts';
