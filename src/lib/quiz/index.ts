export * from './draw.ts';
export * from './grade.ts';
export * from './random.ts';
export * from './response.ts';
export * from './shuffle.ts';
export * from './summary.ts';
