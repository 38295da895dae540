import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatDiagnostic, sortDiagnostics } from '../../../src/lib/content/diagnostic.ts';

const HEAD = `id: contoh
title: Contoh
summary: Contoh skenario.
scores:
  - { id: kemitraan, label: Kemitraan }
flags: [sudah]
start: awal
nodes:
`;

/** Checks one scenario file and returns its report lines. */
function check(nodes: string): string[] {
  const { diagnostics } = checkContent([{ path: 'content/scenarios/contoh.yaml', text: HEAD + nodes }]);
  return sortDiagnostics(diagnostics).map(formatDiagnostic);
}

const END = `  - id: akhir
    text: Selesai.
    ending: { rating: ideal, title: Selesai, debrief: Baik. }
`;

describe('scenario validator: each authoring mistake gives one pinned message at the node', () => {
  it('accepts a well-formed scenario', () => {
    expect(
      check(`  - id: awal\n    text: Mulai.\n    choices:\n      - { id: lanjut, label: Lanjut, to: akhir }\n${END}`),
    ).toEqual([]);
  });

  it('a choice pointing to a missing node', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: lanjut, label: Lanjut, to: akhr }\n      - { id: b, label: B, to: akhir }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:12:42  pilihan "lanjut" di simpul "awal" menuju simpul "akhr" yang tidak ada  (mungkin maksud Anda "akhir"?)',
    ]);
  });

  it('an unreachable node', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: lanjut, label: Lanjut, to: akhir }\n  - id: yatim\n    text: Tak terjangkau.\n    choices:\n      - { id: x, label: X, to: akhir }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:13:9  simpul "yatim" tidak dapat dicapai dari simpul awal "awal"  (tambahkan pilihan yang menuju simpul ini, periksa syarat "when" yang tidak mungkin terpenuhi, atau hapus simpul ini)',
    ]);
  });

  it('a node reached only through a provably unsatisfiable guard is unreachable', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: lanjut, label: Lanjut, to: akhir }\n      - { id: rahasia, label: R, to: akhir-lain, when: { score: kemitraan, min: 5 } }\n${END}  - id: akhir-lain\n    text: Lain.\n    ending: { rating: kurang, title: Lain, debrief: Buruk. }\n`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:17:9  akhir "akhir-lain" tidak tercapai oleh jalur mana pun  (tambahkan pilihan yang menuju akhir ini, periksa syarat "when" di jalurnya, atau hapus akhir ini)',
    ]);
  });

  it('a non-ending node without choices', () => {
    expect(check(`  - id: awal\n    text: Mulai.\n${END}`)).toEqual([
      'content/scenarios/contoh.yaml:9:9  simpul "awal" bukan akhir tetapi tidak punya pilihan  (tambahkan "choices:" dengan minimal satu pilihan, atau jadikan akhir dengan "ending:")',
      'content/scenarios/contoh.yaml:11:9  akhir "akhir" tidak tercapai oleh jalur mana pun  (tambahkan pilihan yang menuju akhir ini, periksa syarat "when" di jalurnya, atau hapus akhir ini)',
    ]);
  });

  it('a cycle with no way out', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: a, label: A, to: putar }\n      - { id: b, label: B, to: akhir }\n  - id: putar\n    text: Putar.\n    choices:\n      - { id: balik, label: Balik, to: putar-2 }\n  - id: putar-2\n    text: Putar lagi.\n    choices:\n      - { id: balik, label: Balik, to: putar }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:14:9  putaran tanpa jalan keluar: simpul "putar", "putar-2" tidak pernah menuju akhir  (tambahkan pilihan dari salah satu simpul ini menuju simpul yang berujung pada akhir)',
    ]);
  });

  it('a condition naming an unknown score or flag', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: a, label: A, to: akhir, when: { all: [{ score: kemitran, min: 1 }, { flag: belum }] } }\n      - { id: b, label: B, to: akhir }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:12:62  syarat menyebut skor "kemitran" yang tidak dideklarasikan  (mungkin maksud Anda "kemitraan"?)',
      'content/scenarios/contoh.yaml:12:90  syarat menyebut penanda "belum" yang tidak dideklarasikan  (tambahkan "belum" ke daftar "flags:" atau perbaiki ejaannya)',
    ]);
  });

  it('a duplicate node id and a duplicate choice id', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: a, label: A, to: akhir }\n      - { id: a, label: A lagi, to: akhir }\n${END}${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:13:15  id pilihan "a" dipakai dua kali di simpul "awal"  (setiap pilihan dalam satu simpul perlu id yang unik)',
      'content/scenarios/contoh.yaml:17:9  id simpul "akhir" sudah dipakai oleh simpul ke-2  (setiap simpul perlu id yang unik: ganti salah satunya)',
    ]);
  });

  it('an effect on an undeclared score', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: a, label: A, to: akhir, effects: { legalitas: 1 } }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:12:50  pilihan "a" mengubah skor "legalitas" yang tidak dideklarasikan  (skor yang dideklarasikan di "scores:": kemitraan)',
    ]);
  });

  it('consult naming no function card', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: a, label: A, to: akhir, consult: intelijen }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:12:48  pilihan "a" berkonsultasi ke fungsi "intelijen" yang tidak punya kartu fungsi  (pakai id kartu di content/functions: (belum ada))',
    ]);
  });

  it('a node reachable in a state where every choice is hidden', () => {
    expect(
      check(
        `  - id: awal\n    text: Mulai.\n    choices:\n      - { id: a, label: A, to: tengah }\n      - { id: b, label: B, to: tengah, set: [sudah] }\n  - id: tengah\n    text: Tengah.\n    choices:\n      - { id: c, label: C, to: akhir, when: { flag: sudah } }\n${END}`,
      ),
    ).toEqual([
      'content/scenarios/contoh.yaml:14:9  simpul "tengah" dapat dicapai dalam keadaan semua pilihannya tersembunyi oleh syarat "when"  (tambahkan satu pilihan tanpa syarat, atau longgarkan syarat pilihan-pilihannya)',
    ]);
  });
});
