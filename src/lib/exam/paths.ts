/** Where the answer key of an exam bank or pre-test is served (fetched only when an attempt is submitted). */
export function answerKeyPath(quizId: string): string {
  return `/kunci/${quizId}.json`;
}
