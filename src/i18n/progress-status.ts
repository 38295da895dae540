/** Module and course statuses (part of `ui` as `ui.progress`; alone so the status script ships only these). */
export const progressStatusStrings = {
  notStarted: 'Belum mulai',
  inProgress: 'Sedang berjalan',
  complete: 'Selesai',
  percent: (n: number) => `${n}% selesai`,
  continue: 'Lanjutkan',
  start: 'Mulai',
  review: 'Buka lagi',
  lessonRead: 'sudah dibaca',
  completedOn: (date: string) => `Selesai pada ${date}`,
} as const;
