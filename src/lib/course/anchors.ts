// Fragments of a module page that "Lanjutkan" leads to: the quiz box and each scenario section carry these ids.

const prefixed = (prefix: string, id: string) => (id.startsWith(`${prefix}-`) ? id : `${prefix}-${id}`);

/** Id of a quiz's box on its page: `kuis-<id>`, or the id itself when it already starts with "kuis-". */
export const quizAnchor = (quizId: string): string => prefixed('kuis', quizId);

/** Id of a scenario's section on its page: `skenario-<id>`, or the id itself when it already starts with "skenario-". */
export const scenarioAnchor = (scenarioId: string): string => prefixed('skenario', scenarioId);
