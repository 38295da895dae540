// Every field of a schema a trainer writes files for carries two descriptions: the English JSDoc for code readers and
// an Indonesian `.describe()` text, which the trainer's guide (/pelatih/referensi/) shows and z.toJSONSchema exports.
// A new field without an Indonesian description fails tests/unit/guide/file-types.test.ts.
export * from './common.ts';
export * from './course.ts';
export * from './function-card.ts';
export * from './glossary.ts';
export * from './legal.ts';
export * from './lesson.ts';
export * from './module.ts';
export * from './progress.ts';
export * from './quiz.ts';
export * from './scenario.ts';
export * from './seat-guide.ts';
export * from './unit.ts';
export * from './revocation.ts';
export * from './kit.ts';
